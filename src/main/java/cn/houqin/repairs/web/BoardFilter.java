package cn.houqin.repairs.web;

import cn.houqin.repairs.domain.Category;
import cn.houqin.repairs.domain.Urgency;
import cn.houqin.repairs.domain.WorkOrderCriteria;
import cn.houqin.repairs.domain.WorkOrderStatus;

/**
 * The dispatch board's filters.
 */
class BoardFilter {

	private String q;

	private WorkOrderStatus status;

	private Urgency urgency;

	private Category category;

	private boolean unassigned;

	private Integer page;

	WorkOrderCriteria criteria() {
		return new WorkOrderCriteria(this.q, this.status, this.urgency, this.category, true, this.unassigned, null);
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public WorkOrderStatus getStatus() {
		return this.status;
	}

	public void setStatus(WorkOrderStatus status) {
		this.status = status;
	}

	public Urgency getUrgency() {
		return this.urgency;
	}

	public void setUrgency(Urgency urgency) {
		this.urgency = urgency;
	}

	public Category getCategory() {
		return this.category;
	}

	public void setCategory(Category category) {
		this.category = category;
	}

	public boolean isUnassigned() {
		return this.unassigned;
	}

	public void setUnassigned(boolean unassigned) {
		this.unassigned = unassigned;
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

}
