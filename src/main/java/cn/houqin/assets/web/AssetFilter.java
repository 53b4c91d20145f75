package cn.houqin.assets.web;

import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import cn.houqin.assets.AssetStatus;
import cn.houqin.assets.domain.AssetQuery;
import cn.houqin.shared.web.Paging;

/**
 * The register's search, filters, paging and sort, bound from request parameters.
 */
public class AssetFilter {

	static final Map<String, String> SORTABLE = Map.of("assetNo", "assetNo", "name", "name", "purchaseDate",
			"purchaseDate", "originalValue", "originalValue", "status", "status", "location", "location");

	private String q;

	private String categoryCode;

	private AssetStatus status;

	private Long unitId;

	private Long custodianId;

	private String location;

	private Integer page;

	private Integer size;

	private String sort;

	AssetQuery query() {
		return new AssetQuery(this.q, this.categoryCode, this.status, this.unitId, this.custodianId, this.location);
	}

	Pageable pageable() {
		return Paging.of(this.page, this.size, this.sort, SORTABLE, Sort.by("assetNo"));
	}

	Sort sortOnly() {
		return pageable().getSort();
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getCategoryCode() {
		return this.categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public AssetStatus getStatus() {
		return this.status;
	}

	public void setStatus(AssetStatus status) {
		this.status = status;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Long getCustodianId() {
		return this.custodianId;
	}

	public void setCustodianId(Long custodianId) {
		this.custodianId = custodianId;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
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
