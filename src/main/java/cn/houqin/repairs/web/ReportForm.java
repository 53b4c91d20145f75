package cn.houqin.repairs.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.houqin.repairs.domain.Category;
import cn.houqin.repairs.domain.NewReport;

/**
 * The phone-first report form (报修).
 */
class ReportForm {

	@Size(max = 200)
	private String location;

	private Long assetId;

	@NotNull
	private Category category;

	@NotBlank
	@Size(max = 2000)
	private String description;

	private boolean safetyHazard;

	private boolean blocksCoreWork;

	NewReport toReport() {
		return new NewReport(this.location, this.assetId, this.category, this.description, this.safetyHazard,
				this.blocksCoreWork);
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public Long getAssetId() {
		return this.assetId;
	}

	public void setAssetId(Long assetId) {
		this.assetId = assetId;
	}

	public Category getCategory() {
		return this.category;
	}

	public void setCategory(Category category) {
		this.category = category;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isSafetyHazard() {
		return this.safetyHazard;
	}

	public void setSafetyHazard(boolean safetyHazard) {
		this.safetyHazard = safetyHazard;
	}

	public boolean isBlocksCoreWork() {
		return this.blocksCoreWork;
	}

	public void setBlocksCoreWork(boolean blocksCoreWork) {
		this.blocksCoreWork = blocksCoreWork;
	}

}
