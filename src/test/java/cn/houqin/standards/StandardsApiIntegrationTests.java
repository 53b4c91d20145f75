package cn.houqin.standards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.standards.domain.RuleTerms;
import cn.houqin.standards.domain.RuleView;
import cn.houqin.standards.domain.SetView;
import cn.houqin.standards.domain.StandardsCatalogue;
import cn.houqin.standards.domain.StandardsEditor;

import static cn.houqin.standards.StandardsFixtures.TODAY;
import static cn.houqin.standards.StandardsFixtures.freshTenant;
import static cn.houqin.standards.StandardsFixtures.manager;
import static cn.houqin.standards.StandardsFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@StandardsIntegrationTest
class StandardsApiIntegrationTests {

	@Autowired
	StandardsApi standards;

	@Autowired
	StandardsCatalogue catalogue;

	@Autowired
	StandardsEditor editor;

	final long tenant = freshTenant();

	@Test
	@DisplayName("参考文件的每张表都作为默认标准加载")
	void loadsEveryTableOfTheReferenceAsNationalDefaults() {
		List<SetView> sets = this.catalogue.sets(this.tenant);
		List<RuleView> rules = this.catalogue.rulesInForce(this.tenant, null, TODAY);

		assertThat(sets).hasSize(13).noneMatch(SetView::local);
		assertThat(rules).hasSize(119).noneMatch(RuleView::local);
		assertThat(rules).extracting(RuleView::subject).containsAll(List.of(StandardSubject.values()));
		assertThat(limit("vehicle.price.confidential-comms")).isEqualByComparingTo("120000");
		assertThat(limit("vehicle.engine.confidential-comms")).isEqualByComparingTo("1.6");
		assertThat(limit("meeting.daily.class1")).isEqualByComparingTo("760");
		assertThat(limit("asset.min-years.computer")).isEqualByComparingTo("6");
		assertThat(limit("procurement.decentralised.goods")).isEqualByComparingTo("1000000");
		assertThat(List.of("chief", "deputy", "section-chief", "section-deputy", "below-section"))
			.extracting(rank -> limit("office.area.county." + rank).intValueExact())
			.containsExactly(30, 24, 18, 12, 9);
	}

	@Test
	void citesTheSourceAndMarksDefaultsToVerify() {
		Finding vehicle = single(rule("vehicle.price.confidential-comms", "100000"));
		Finding desktop = single(rule("equipment.desktop.price", "4000"));

		assertThat(vehicle.source()).isEqualTo("党政机关公务用车管理办法（中办发〔2017〕71号）");
		assertThat(vehicle.unit()).isEqualTo("元");
		assertThat(vehicle.verify()).isFalse();
		assertThat(desktop.verify()).isTrue();
	}

	@Test
	@DisplayName("恰好等于限额不超标，多一分即超标")
	void exactlyAtTheLimitIsWithinAndOneCentAboveIsOver() {
		assertThat(single(rule("vehicle.price.confidential-comms", "120000.00")).over()).isFalse();
		assertThat(single(rule("vehicle.price.confidential-comms", "120000.01")).over()).isTrue();
		assertThat(single(rule("vehicle.engine.confidential-comms", "1.6")).over()).isFalse();
		assertThat(single(rule("vehicle.engine.confidential-comms", "1.8")).over()).isTrue();
		assertThat(this.standards.overStandard(this.tenant, rule("meeting.daily.class1", "760"))).isEmpty();
		assertThat(this.standards.overStandard(this.tenant, rule("meeting.daily.class1", "760.01"))).hasSize(1);
	}

	@Test
	@DisplayName("陪餐：接待对象10人以内最多3人，超过10人不得超过三分之一（11人→3人，12人→4人）")
	void accompanyingDinersFollowTheGuestCount() {
		assertThat(companions("10", "3").over()).isFalse();
		assertThat(companions("10", "4").over()).isTrue();
		assertThat(companions("10", "4").limit()).isEqualByComparingTo("3");
		assertThat(companions("11", "3").over()).isFalse();
		assertThat(companions("11", "3").limit()).isEqualByComparingTo("3");
		assertThat(companions("11", "4").over()).isTrue();
		assertThat(companions("12", "4").over()).isFalse();
		assertThat(companions("12", "5").over()).isTrue();
		assertThat(companions("30", "10").over()).isFalse();
		assertThat(companions("30", "11").over()).isTrue();
	}

	@Test
	void refusesARatioCheckWithoutItsBasis() {
		assertThatThrownBy(() -> this.standards.check(this.tenant, rule("reception.accompany.ratio", "3")))
			.isInstanceOf(BusinessRuleException.class)
			.extracting("messageKey")
			.isEqualTo("standards.check.error.contextMissing");
	}

	@Test
	@DisplayName("台式机不超过实有人数，笔记本不超过实有人数的50%（向下取整）")
	void equipmentCountsFollowTheHeadcount() {
		assertThat(single(rule("equipment.desktop.per-headcount", "20", "headcount", "20")).over()).isFalse();
		assertThat(single(rule("equipment.desktop.per-headcount", "21", "headcount", "20")).over()).isTrue();
		assertThat(single(rule("equipment.laptop.per-headcount", "2", "headcount", "5")).over()).isFalse();
		assertThat(single(rule("equipment.laptop.per-headcount", "3", "headcount", "5")).over()).isTrue();
	}

	@Test
	void minimumYearsAndThresholdsCompareTheOtherWay() {
		assertThat(single(rule("asset.min-years.computer", "5")).over()).isTrue();
		assertThat(single(rule("asset.min-years.computer", "6")).over()).isFalse();
		assertThat(single(rule("procurement.decentralised.goods", "999999.99")).over()).isFalse();
		assertThat(single(rule("procurement.decentralised.goods", "1000000")).over()).isTrue();
	}

	@Test
	void refusesAnUnknownRuleCode() {
		assertThatThrownBy(() -> this.standards.check(this.tenant, rule("vehicle.price.spaceship", "1")))
			.isInstanceOf(BusinessRuleException.class)
			.extracting("messageKey", "field")
			.containsExactly("standards.check.error.unknownRule", "ruleCode");
	}

	@Test
	void findsTheRulesOfASubjectByItsQualifiers() {
		List<Finding> findings = this.standards.check(this.tenant,
				StandardCheck.forSubject(StandardSubject.OFFICE_SPACE, RuleKind.MAX_AREA, new BigDecimal("31"), TODAY,
						Map.of("level", "县", "rank", "县级正职")));

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.ruleCode()).isEqualTo("office.area.county.chief");
			assertThat(finding.over()).isTrue();
		});
	}

	@Test
	@DisplayName("本地标准优先于国家默认值")
	void aLocalOverrideWinsOverTheNationalValue() {
		SetView province = this.editor.createSet(manager(this.tenant), "province-reception",
				StandardsFixtures.provincialReception());
		this.editor.addRule(manager(this.tenant), province.id(), "reception.meal.bureau",
				new RuleTerms("公务接待用餐（厅局级）", StandardSubject.RECEPTION, RuleKind.MAX_AMOUNT, new BigDecimal("100"),
						"元/人·餐", null, null, null, "guestRank=厅局级", false, LocalDate.of(2014, 5, 1), null));

		Finding local = single(rule("reception.meal.bureau", "105"));
		assertThat(local.over()).isTrue();
		assertThat(local.local()).isTrue();
		assertThat(local.source()).isEqualTo("某省党政机关国内公务接待管理实施细则（某办发〔2014〕9号）");
		assertThat(this.standards.check(freshTenant(), rule("reception.meal.bureau", "105"))).singleElement()
			.satisfies(other -> assertThat(other.over()).isFalse());
	}

	@Test
	@DisplayName("以后生效的调整不改变此前日期的检查结果")
	void aRevisionEffectiveLaterLeavesEarlierChecksAlone() {
		RuleView national = ruleView("vehicle.price.confidential-comms");
		this.editor.reviseRule(manager(this.tenant), national.id(), national.version(),
				StandardsFixtures.revision("150000", LocalDate.of(2027, 1, 1), null));

		Finding before = single(StandardCheck.forRule("vehicle.price.confidential-comms", new BigDecimal("130000"),
				LocalDate.of(2026, 12, 31), Map.of()));
		Finding after = single(StandardCheck.forRule("vehicle.price.confidential-comms", new BigDecimal("130000"),
				LocalDate.of(2027, 1, 1), Map.of()));

		assertThat(before.over()).isTrue();
		assertThat(before.limit()).isEqualByComparingTo("120000");
		assertThat(before.local()).isFalse();
		assertThat(after.over()).isFalse();
		assertThat(after.limit()).isEqualByComparingTo("150000");
		assertThat(after.local()).isTrue();
		assertThat(this.catalogue.scheduled(this.tenant, TODAY)).extracting(RuleView::code)
			.containsExactly("vehicle.price.confidential-comms");
	}

	@Test
	void onlyATenantWideManagerChangesStandards() {
		DataScope unitOnly = new DataScope(this.tenant, false, java.util.Set.of(1L), null, 1L);
		RuleView national = ruleView("meeting.daily.class1");

		assertThatThrownBy(() -> this.editor.reviseRule(unitOnly, national.id(), national.version(),
				StandardsFixtures.revision("800", TODAY, null)))
			.isInstanceOf(BusinessRuleException.class)
			.extracting("messageKey")
			.isEqualTo("standards.error.tenantScope");
	}

	@Test
	void nationalSetsAreNotEditedInPlace() {
		SetView national = this.catalogue.sets(this.tenant).get(0);

		assertThatThrownBy(() -> this.editor.reviseSet(manager(this.tenant), national.id(), national.version(),
				StandardsFixtures.provincialReception()))
			.isInstanceOf(BusinessRuleException.class)
			.extracting("messageKey")
			.isEqualTo("standards.set.error.national");
	}

	private Finding companions(String guests, String actual) {
		return single(rule("reception.accompany.ratio", actual, "guests", guests));
	}

	private Finding single(StandardCheck check) {
		List<Finding> findings = this.standards.check(this.tenant, check);
		assertThat(findings).hasSize(1);
		return findings.get(0);
	}

	private BigDecimal limit(String code) {
		return ruleView(code).limit();
	}

	private RuleView ruleView(String code) {
		return this.catalogue.rulesInForce(this.tenant, null, TODAY)
			.stream()
			.filter(rule -> rule.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

}
