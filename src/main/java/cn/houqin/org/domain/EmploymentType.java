package cn.houqin.org.domain;

/**
 * Employment type (用工形式).
 */
public enum EmploymentType {

	/** 编制内 */
	ESTABLISHED,
	/** 合同制 */
	CONTRACT,
	/** 聘用 */
	ENGAGED,
	/** 劳务派遣 */
	DISPATCHED

}
