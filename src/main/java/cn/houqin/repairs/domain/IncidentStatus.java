package cn.houqin.repairs.domain;

/**
 * An incident is open until its closing report.
 */
public enum IncidentStatus {

	OPEN, CLOSED

}
