package cn.houqin.conduct.domain;

import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.houqin.conduct.ConductLevel;
import cn.houqin.conduct.ConductPolicy;
import cn.houqin.conduct.ConductPolicy.DisclosurePeriod;
import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantPolicyTests {

	static ConductPolicy with(int window, int l1Min, int l1Max, int l2Min, int l2Max, int l3Total, int l3Single,
			int l4Total, int l4Single, List<Integer> points) {
		return new ConductPolicy(window, l1Min, l1Max, l2Min, l2Max, l3Total, l3Single, l4Total, l4Single, points,
				MonthDay.of(1, 1), DisclosurePeriod.MONTHLY);
	}

	@Test
	void theDefaultsAreTheSeedsAndPassTheChecks() {
		assertThatCode(() -> TenantPolicy.check(ConductPolicy.DEFAULTS)).doesNotThrowAnyException();
		TenantPolicy row = new TenantPolicy(7);
		assertThat(row.toPolicy()).isEqualTo(ConductPolicy.DEFAULTS);
	}

	@ParameterizedTest(name = "total {0} -> {1}")
	@CsvSource({ "4, L1", "5, L2", "7, L2", "8, L3" })
	void movedBoundsMoveTheLevel(int total, ConductLevel expected) {
		ConductPolicy lower = with(3, 1, 4, 5, 7, 8, 6, 12, 12, List.of(12, 6, 4, 2, 1));
		assertThat(lower.level(total, 1)).isEqualTo(expected);
		assertThat(ConductPolicy.DEFAULTS.level(5, 1)).isEqualTo(ConductLevel.L1);
	}

	@Test
	void singleRecordThresholdsAreData() {
		ConductPolicy single = with(3, 1, 5, 6, 8, 9, 4, 12, 6, List.of(12, 6, 4, 2, 1));
		assertThat(single.level(4, 4)).isEqualTo(ConductLevel.L3);
		assertThat(single.level(6, 6)).isEqualTo(ConductLevel.L4);
	}

	@ParameterizedTest(name = "{0} refused")
	@CsvSource(delimiter = '|',
			value = { "appealWorkingDays|0, 1, 5, 6, 8, 9, 6, 12, 12", "l1Min|3, 0, 5, 6, 8, 9, 6, 12, 12",
					"l1Max|3, 3, 2, 6, 8, 9, 6, 12, 12", "l2Min|3, 1, 5, 7, 8, 9, 6, 12, 12",
					"l2Min|3, 1, 5, 5, 8, 9, 6, 12, 12", "l2Max|3, 1, 5, 6, 5, 9, 6, 12, 12",
					"l3Total|3, 1, 5, 6, 8, 10, 6, 12, 12", "l4Total|3, 1, 5, 6, 8, 9, 6, 9, 12",
					"l3Single|3, 1, 5, 6, 8, 9, 0, 12, 12", "l4Single|3, 1, 5, 6, 8, 9, 6, 12, 4" })
	void inconsistentBoundsAreRefusedOnTheirField(String field, String values) {
		int[] v = java.util.Arrays.stream(values.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
		ConductPolicy bad = with(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], List.of(12, 6, 4, 2, 1));
		assertThatThrownBy(() -> TenantPolicy.check(bad)).isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("field", field);
	}

	@Test
	void pointValuesArePositiveDistinctAndPresent() {
		assertThatThrownBy(() -> TenantPolicy.check(with(3, 1, 5, 6, 8, 9, 6, 12, 12, List.of())))
			.hasFieldOrPropertyWithValue("messageKey", "conduct.policy.error.pointsRequired");
		assertThatThrownBy(() -> TenantPolicy.check(with(3, 1, 5, 6, 8, 9, 6, 12, 12, List.of(12, 0))))
			.hasFieldOrPropertyWithValue("messageKey", "conduct.policy.error.positive");
		assertThatThrownBy(() -> TenantPolicy.check(with(3, 1, 5, 6, 8, 9, 6, 12, 12, List.of(12, 12))))
			.hasFieldOrPropertyWithValue("messageKey", "conduct.policy.error.duplicatePoints");
	}

	@Test
	void aChangedRowReadsBackAsEntered() {
		TenantPolicy row = new TenantPolicy(7);
		ConductPolicy changed = new ConductPolicy(5, 1, 4, 5, 8, 9, 6, 12, 12, List.of(12, 6, 4, 3, 2, 1),
				MonthDay.of(7, 1), DisclosurePeriod.QUARTERLY);
		row.change(changed);
		assertThat(row.toPolicy()).isEqualTo(changed);
	}

	@Test
	void monthAndDayAreParsedOrRefused() {
		assertThat(TenantPolicy.monthDay("07-01")).isEqualTo(MonthDay.of(7, 1));
		assertThat(TenantPolicy.monthDay("2-29")).isEqualTo(MonthDay.of(2, 29));
		assertThat(TenantPolicy.monthDay("13-01")).isNull();
		assertThat(TenantPolicy.monthDay("02-30")).isNull();
		assertThat(TenantPolicy.monthDay("x")).isNull();
	}

	@Test
	void aQuarterlyDisclosureCoversItsThreeMonths() {
		assertThat(DisclosurePeriod.QUARTERLY.start(YearMonth.of(2026, 5))).isEqualTo(YearMonth.of(2026, 4));
		assertThat(DisclosurePeriod.QUARTERLY.end(YearMonth.of(2026, 5))).isEqualTo(YearMonth.of(2026, 6));
		assertThat(DisclosurePeriod.MONTHLY.start(YearMonth.of(2026, 5))).isEqualTo(YearMonth.of(2026, 5));
	}

}
