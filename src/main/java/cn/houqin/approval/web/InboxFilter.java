package cn.houqin.approval.web;

import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import cn.houqin.shared.web.Paging;

/**
 * Filters of the inbox: document type, minimum age in days, paging and sort.
 */
class InboxFilter {

	private static final Map<String, String> SORTABLE = Map.of("opened", "openedAt", "amount", "approval.amount",
			"type", "approval.documentType");

	private String type;

	private Integer age;

	private Integer page;

	private Integer size;

	private String sort;

	Pageable pageable() {
		return Paging.of(this.page, this.size, this.sort, SORTABLE, Sort.by("openedAt", "id"));
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public Integer getAge() {
		return this.age;
	}

	public void setAge(Integer age) {
		this.age = age;
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

	public Integer getSize() {
		return this.size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

}
