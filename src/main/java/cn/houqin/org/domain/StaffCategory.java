package cn.houqin.org.domain;

/**
 * Staff category (人员类别).
 */
public enum StaffCategory {

	/** 行政 */
	ADMINISTRATIVE,
	/** 后勤 */
	LOGISTICS,
	/** 专业技术 */
	PROFESSIONAL,
	/** 工勤 */
	WORKER

}
