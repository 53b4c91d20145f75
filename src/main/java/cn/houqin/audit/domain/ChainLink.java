package cn.houqin.audit.domain;

/**
 * An entry as stored in its tenant's chain: its place, the hash of the entry before it
 * and its own hash.
 */
record ChainLink(PendingEntry entry, long seq, String prevHash, String hash) {

	/** Seals an entry as the next link after {@code prevHash}. */
	static ChainLink seal(PendingEntry entry, long seq, String prevHash) {
		return new ChainLink(entry, seq, prevHash, ChainHash.of(entry, seq, prevHash));
	}

	boolean isIntact() {
		return ChainHash.of(this.entry, this.seq, this.prevHash).equals(this.hash);
	}

}
