package cn.houqin.audit.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainHashTests {

	private static final Instant AT = Instant.parse("2026-11-27T08:15:30.123Z");

	private static PendingEntry entry(String actorName, String changes) {
		return new PendingEntry(7, AT, 42L, actorName, "10.0.0.9", "UPDATE", "org.staff", "15", changes, null);
	}

	@Test
	void sealedLinkIsIntact() {
		ChainLink link = ChainLink.seal(entry("wang", "{\"name\":{\"before\":\"a\",\"after\":\"b\"}}"), 1,
				ChainHash.GENESIS);

		assertThat(link.isIntact()).isTrue();
		assertThat(link.hash()).hasSize(64).matches("[0-9a-f]+");
	}

	@Test
	void hashIsStableForTheSameFields() {
		assertThat(ChainHash.of(entry("wang", null), 3, ChainHash.GENESIS))
			.isEqualTo(ChainHash.of(entry("wang", null), 3, ChainHash.GENESIS));
	}

	@Test
	void detectsEditedField() {
		ChainLink sealed = ChainLink.seal(entry("wang", null), 1, ChainHash.GENESIS);

		ChainLink edited = new ChainLink(entry("li", null), sealed.seq(), sealed.prevHash(), sealed.hash());

		assertThat(edited.isIntact()).isFalse();
	}

	@Test
	void hashDependsOnSequenceAndPreviousHash() {
		String first = ChainHash.of(entry("wang", null), 1, ChainHash.GENESIS);

		assertThat(ChainHash.of(entry("wang", null), 2, ChainHash.GENESIS)).isNotEqualTo(first);
		assertThat(ChainHash.of(entry("wang", null), 1, first)).isNotEqualTo(first);
	}

	@Test
	void tellsNullFromEmptyAndShiftedText() {
		PendingEntry withNullAddress = new PendingEntry(7, AT, null, "a", null, "X", "t", "1", null, null);
		PendingEntry withEmptyAddress = new PendingEntry(7, AT, null, "a", "", "X", "t", "1", null, null);
		PendingEntry shifted = new PendingEntry(7, AT, null, "a|", null, "X", "t", "1", null, null);

		assertThat(ChainHash.canonical(withNullAddress, 1, ChainHash.GENESIS))
			.isNotEqualTo(ChainHash.canonical(withEmptyAddress, 1, ChainHash.GENESIS))
			.isNotEqualTo(ChainHash.canonical(shifted, 1, ChainHash.GENESIS));
	}

}
