package cn.houqin.audit.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.houqin.audit.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;

class EntryJsonTests {

	@Test
	void changesRoundTripInFieldOrder() {
		List<FieldChange> changes = List.of(new FieldChange("name", "内科", "内科一病区"),
				new FieldChange("headStaffId", null, "12"));

		String json = EntryJson.changes(changes);

		assertThat(json).isEqualTo(
				"{\"name\":{\"before\":\"内科\",\"after\":\"内科一病区\"},\"headStaffId\":{\"before\":null,\"after\":\"12\"}}");
		assertThat(EntryJson.readChanges(json)).isEqualTo(changes);
	}

	@Test
	void detailsAreWrittenWithSortedKeys() {
		String json = EntryJson.details(Map.of("reason", "bad", "attempt", "3"));

		assertThat(json).isEqualTo("{\"attempt\":\"3\",\"reason\":\"bad\"}");
		assertThat(EntryJson.readDetails(json)).containsExactly(Map.entry("attempt", "3"), Map.entry("reason", "bad"));
	}

	@Test
	void nothingIsStoredForNoChangesOrDetails() {
		assertThat(EntryJson.changes(List.of())).isNull();
		assertThat(EntryJson.details(Map.of())).isNull();
		assertThat(EntryJson.readChanges(null)).isEmpty();
	}

}
