package cn.houqin.conduct.domain;

/** How the person acknowledged receipt of the notice (签字确认). */
public enum ReceiptKind {

	/** Confirmed by the person in the system. */
	IN_SYSTEM,
	/** The office uploaded the signed paper copy. */
	SIGNED_SCAN

}
