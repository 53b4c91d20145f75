package cn.houqin.repairs.domain;

/**
 * Another technician took the job first (or it was assigned meanwhile): answered 409.
 */
public class AlreadyTakenException extends RuntimeException {

	public AlreadyTakenException() {
		super("repairs.error.taken");
	}

}
