package cn.houqin.org.web;

import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import cn.houqin.shared.web.Paging;

/**
 * The position list's query parameters (kept in the URL): search text, sort and page.
 */
class PositionFilter {

	static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name", "category", "category");

	static final Sort DEFAULT_SORT = Sort.by("code").and(Sort.by("id"));

	private String q;

	private String sort;

	private Integer page;

	private Integer size;

	Pageable pageable() {
		return Paging.of(this.page, this.size, this.sort, SORTABLE, DEFAULT_SORT);
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
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

}
