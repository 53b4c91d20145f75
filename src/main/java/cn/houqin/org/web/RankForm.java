package cn.houqin.org.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.houqin.org.domain.NewRank;
import cn.houqin.org.domain.RankView;

/**
 * The rank form (new and edit); the sort order places the rank in the rank list.
 */
public class RankForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 64, message = "{org.validation.tooLong}")
	private String code;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{org.validation.tooLong}")
	private String name;

	@Min(value = 0, message = "{org.rank.error.sortOrder}")
	@Max(value = 9999, message = "{org.rank.error.sortOrder}")
	private int sortOrder;

	private Long version;

	static RankForm of(RankView rank) {
		RankForm form = new RankForm();
		form.code = rank.code();
		form.name = rank.name();
		form.sortOrder = rank.sortOrder();
		form.version = rank.version();
		return form;
	}

	NewRank toCommand() {
		return new NewRank(this.code, this.name, this.sortOrder);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
