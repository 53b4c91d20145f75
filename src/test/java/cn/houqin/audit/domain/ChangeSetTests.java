package cn.houqin.audit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.houqin.audit.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeSetTests {

	enum Status {

		ON_DUTY, LEFT

	}

	private static Map<String, Object> state(Object... pairs) {
		Map<String, Object> state = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			state.put((String) pairs[i], pairs[i + 1]);
		}
		return state;
	}

	@Test
	void updateListsOnlyChangedFields() {
		Map<String, Object> before = state("name", "张三", "mobile", "13800000000", "status", Status.ON_DUTY);
		Map<String, Object> after = state("name", "张三", "mobile", "13900000000", "status", Status.LEFT);

		assertThat(ChangeSet.between(before, after, Set.of())).containsExactly(
				new FieldChange("mobile", "13800000000", "13900000000"), new FieldChange("status", "ON_DUTY", "LEFT"));
	}

	@Test
	void masksValuesOfMaskedFields() {
		Map<String, Object> before = state("idCardCipher", "secret-1", "name", "a");
		Map<String, Object> after = state("idCardCipher", "secret-2", "name", "a");

		assertThat(ChangeSet.between(before, after, Set.of("idCardCipher")))
			.containsExactly(new FieldChange("idCardCipher", "***", "***"));
	}

	@Test
	void maskedFieldSetForTheFirstTimeShowsNoValue() {
		assertThat(ChangeSet.created(state("idCardCipher", "secret"), Set.of("idCardCipher")))
			.containsExactly(new FieldChange("idCardCipher", null, "***"));
	}

	@Test
	void unchangedMaskedFieldIsLeftOut() {
		Map<String, Object> same = state("idCardCipher", "secret");

		assertThat(ChangeSet.between(same, same, Set.of("idCardCipher"))).isEmpty();
	}

	@Test
	void skipsBookkeepingFields() {
		Map<String, Object> before = state("version", 1L, "updatedAt", "t1", "updatedBy", 1L, "name", "a");
		Map<String, Object> after = state("version", 2L, "updatedAt", "t2", "updatedBy", 2L, "name", "a");

		assertThat(ChangeSet.between(before, after, Set.of())).isEmpty();
	}

	@Test
	void createListsEveryValueSetAndDeleteEveryValueHeld() {
		Map<String, Object> state = state("code", "NK", "parentId", null, "sortOrder", 3);

		assertThat(ChangeSet.created(state, Set.of())).containsExactly(new FieldChange("code", null, "NK"),
				new FieldChange("sortOrder", null, "3"));
		assertThat(ChangeSet.deleted(state, Set.of())).containsExactly(new FieldChange("code", "NK", null),
				new FieldChange("sortOrder", "3", null));
	}

	@Test
	void rendersValuesAsText() {
		assertThat(ChangeSet.render(Status.LEFT)).isEqualTo("LEFT");
		assertThat(ChangeSet.render(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(ChangeSet.render(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03-01");
		assertThat(ChangeSet.render(true)).isEqualTo("true");
		assertThat(ChangeSet.render(null)).isNull();
	}

	@Test
	void equalDecimalsWithDifferentScaleAreNoChange() {
		assertThat(ChangeSet.between(state("amount", new BigDecimal("10.5")), state("amount", new BigDecimal("10.5")),
				Set.of()))
			.isEmpty();
	}

}
