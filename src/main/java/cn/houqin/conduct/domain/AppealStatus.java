package cn.houqin.conduct.domain;

/** An appeal's state. */
public enum AppealStatus {

	OPEN, DECIDED

}
