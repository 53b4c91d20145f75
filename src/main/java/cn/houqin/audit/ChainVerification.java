package cn.houqin.audit;

/**
 * The result of recomputing a tenant's hash chain.
 *
 * @param ok whether every entry is intact and none is missing
 * @param checked how many entries were checked
 * @param firstBrokenSeq the sequence number of the first altered or missing entry, or
 * {@code null}
 * @param reasonKey message key explaining the result, one of the constants below
 */
public record ChainVerification(boolean ok, long checked, Long firstBrokenSeq, String reasonKey) {

	/** Every entry is intact. Argument: entries checked. */
	public static final String INTACT = "audit.verify.intact";

	/**
	 * An entry's stored fields no longer match its hash. Argument: its sequence number.
	 */
	public static final String ALTERED = "audit.verify.altered";

	/** A sequence number is missing. Argument: the missing number. */
	public static final String MISSING = "audit.verify.missing";

	/** An entry does not link to the one before it. Argument: its sequence number. */
	public static final String UNLINKED = "audit.verify.unlinked";

	/** The chain head does not match the last entry. Argument: the sequence expected. */
	public static final String HEAD_MISMATCH = "audit.verify.headMismatch";

	public static ChainVerification intact(long checked) {
		return new ChainVerification(true, checked, null, INTACT);
	}

	public static ChainVerification broken(long checked, long seq, String reasonKey) {
		return new ChainVerification(false, checked, seq, reasonKey);
	}

	/** The argument of the reason's message: entries checked, or the broken sequence. */
	public long messageArgument() {
		return this.ok ? this.checked : this.firstBrokenSeq;
	}

}
