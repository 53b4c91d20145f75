package cn.houqin.org;

/**
 * Staff status (人员状态).
 */
public enum StaffStatus {

	/** 在岗 */
	ON_DUTY,
	/** 调离 */
	TRANSFERRED_OUT,
	/** 离职 */
	RESIGNED,
	/** 退休 */
	RETIRED;

	public boolean isExit() {
		return this != ON_DUTY;
	}

}
