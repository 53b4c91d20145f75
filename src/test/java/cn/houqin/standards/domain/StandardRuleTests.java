package cn.houqin.standards.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.standards.RuleKind;
import cn.houqin.standards.StandardSubject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandardRuleTests {

	private static final LocalDate FROM = LocalDate.of(2016, 1, 1);

	private final StandardSet national = new StandardSet(StandardSet.NATIONAL, "equipment-2016",
			new SetTerms("中央行政单位通用办公设备家具配置标准", "财资〔2016〕27号", null, FROM, null, true));

	@Test
	@DisplayName("比例上限按取整方式换算为整数：50% 的 5 人向下取整为 2")
	void ratioAllowanceIsRoundedToWholeUnits() {
		StandardRule laptops = ratio("1", "2", Rounding.DOWN);
		StandardRule companions = ratio("1", "3", Rounding.UP);

		assertThat(laptops.allowance(Map.of("headcount", "5"))).isEqualByComparingTo("2");
		assertThat(laptops.allowance(Map.of("headcount", "6"))).isEqualByComparingTo("3");
		assertThat(companions.allowance(Map.of("headcount", "11"))).isEqualByComparingTo("4");
		assertThat(companions.allowance(Map.of("headcount", "12"))).isEqualByComparingTo("4");
	}

	@Test
	void qualifiersSelectTheRuleOnlyWhenCheckedBySubject() {
		StandardRule desk = rule("equipment.desk.price", "3000", "equipment=办公桌;rankBand!=司局级", FROM);

		assertThat(desk.appliesTo(Map.of("equipment", "办公桌"), false)).isTrue();
		assertThat(desk.appliesTo(Map.of("equipment", "办公桌", "rankBand", "司局级"), false)).isFalse();
		assertThat(desk.appliesTo(Map.of("equipment", "办公椅"), false)).isFalse();
		assertThat(desk.appliesTo(Map.of(), true)).isTrue();
	}

	@Test
	void comparisonsNeedTheirNumber() {
		StandardRule band = rule("reception.accompany.ratio", "3", "guests<=10", FROM);

		assertThat(band.appliesTo(Map.of("guests", "10"), true)).isTrue();
		assertThat(band.appliesTo(Map.of("guests", "11"), true)).isFalse();
		assertThatThrownBy(() -> band.appliesTo(Map.of("guests", "many"), true))
			.isInstanceOf(BusinessRuleException.class)
			.extracting("messageKey")
			.isEqualTo("standards.check.error.contextNumber");
	}

	@Test
	void storesConditionsInOneNormalForm() {
		assertThat(Conditions.parse(" level = 县 ；rank=县级正职;guests >= 3 ").toString())
			.isEqualTo("level=县;rank=县级正职;guests>=3");
		assertThatThrownBy(() -> Conditions.parse("guests>many")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> rule("x", "1", "just words", FROM)).isInstanceOf(BusinessRuleException.class)
			.extracting("field")
			.isEqualTo("conditions");
	}

	@Test
	void refusesARatioRuleWithoutItsBasis() {
		assertThatThrownBy(() -> new StandardRule(1L, this.national, "x",
				new RuleTerms("x", StandardSubject.EQUIPMENT, RuleKind.MAX_RATIO, BigDecimal.ONE, "台", null,
						BigDecimal.ONE, Rounding.DOWN, "", false, FROM, null)))
			.isInstanceOf(BusinessRuleException.class)
			.extracting("field")
			.isEqualTo("basis");
	}

	@Test
	@DisplayName("本地版本优先；生效日期晚于检查日期的版本不适用")
	void picksTheLocalVersionInForceOnTheDay() {
		StandardRule national = rule("vehicle.price.x", "120000", "", FROM);
		StandardRule laterLocal = new StandardRule(5L, this.national, "vehicle.price.x",
				terms("150000", "", LocalDate.of(2027, 1, 1)));

		assertThat(RuleVersions.inForce(List.of(national, laterLocal), LocalDate.of(2026, 12, 31)))
			.containsExactly(national);
		assertThat(RuleVersions.inForce(List.of(national, laterLocal), LocalDate.of(2027, 1, 1)))
			.containsExactly(laterLocal);
		assertThat(RuleVersions.inForce(List.of(national), LocalDate.of(2015, 12, 31))).isEmpty();
	}

	private StandardRule ratio(String limit, String per, Rounding rounding) {
		return new StandardRule(StandardSet.NATIONAL, this.national, "equipment.x.per-headcount",
				new RuleTerms("x", StandardSubject.EQUIPMENT, RuleKind.MAX_RATIO, new BigDecimal(limit), "台",
						"headcount", new BigDecimal(per), rounding, "", false, FROM, null));
	}

	private StandardRule rule(String code, String limit, String conditions, LocalDate from) {
		return new StandardRule(StandardSet.NATIONAL, this.national, code, terms(limit, conditions, from));
	}

	private static RuleTerms terms(String limit, String conditions, LocalDate from) {
		return new RuleTerms("x", StandardSubject.EQUIPMENT, RuleKind.MAX_AMOUNT, new BigDecimal(limit), "元", null,
				null, null, conditions, false, from, null);
	}

}
