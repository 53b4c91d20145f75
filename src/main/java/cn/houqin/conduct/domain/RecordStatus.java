package cn.houqin.conduct.domain;

/** A conduct record's state. */
public enum RecordStatus {

	/** 篇2 第十七条: waits for the administrative penalty (行政处罚) to be decided first. */
	AWAITING_PENALTY,
	/** Notices issued to the persons. */
	ISSUED

}
