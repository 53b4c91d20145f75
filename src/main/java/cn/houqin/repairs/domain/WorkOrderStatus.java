package cn.houqin.repairs.domain;

/**
 * Where a work order (维修工单) stands: reported → accepted → assigned → in progress → done →
 * closed (confirmed by the reporter or automatically); a duplicate report is linked to
 * the open one instead.
 */
public enum WorkOrderStatus {

	REPORTED(true), ACCEPTED(true), ASSIGNED(true), IN_PROGRESS(true), DONE(false), CLOSED(false), LINKED(false);

	private final boolean open;

	WorkOrderStatus(boolean open) {
		this.open = open;
	}

	/** Whether the work is still waiting to be fixed (on the dispatch board). */
	public boolean open() {
		return this.open;
	}

}
