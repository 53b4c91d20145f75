package cn.houqin.org.web;

import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import cn.houqin.org.StaffStatus;
import cn.houqin.org.domain.StaffCategory;
import cn.houqin.org.domain.StaffQuery;
import cn.houqin.shared.web.Paging;

/**
 * The staff list's query parameters (kept in the URL): search text, unit (with its
 * subtree), status, category, sort and page.
 */
class StaffFilter {

	static final Map<String, String> SORTABLE = Map.of("employeeNo", "employeeNo", "name", "name", "hireDate",
			"hireDate", "status", "status", "category", "category");

	static final Sort DEFAULT_SORT = Sort.by("employeeNo").and(Sort.by("id"));

	private String q;

	private Long unitId;

	private StaffStatus status;

	private StaffCategory category;

	private boolean pendingMove;

	private String sort;

	private Integer page;

	private Integer size;

	StaffQuery query() {
		return new StaffQuery(this.q, this.unitId, this.status, this.category, this.pendingMove);
	}

	Pageable pageable() {
		return Paging.of(this.page, this.size, this.sort, SORTABLE, DEFAULT_SORT);
	}

	Sort sortOrder() {
		return pageable().getSort();
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public StaffStatus getStatus() {
		return this.status;
	}

	public void setStatus(StaffStatus status) {
		this.status = status;
	}

	public boolean isPendingMove() {
		return this.pendingMove;
	}

	public void setPendingMove(boolean pendingMove) {
		this.pendingMove = pendingMove;
	}

	public StaffCategory getCategory() {
		return this.category;
	}

	public void setCategory(StaffCategory category) {
		this.category = category;
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
