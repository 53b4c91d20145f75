package cn.houqin.standards;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.standards.domain.RuleTerms;
import cn.houqin.standards.domain.SetView;
import cn.houqin.standards.domain.StandardsCatalogue;
import cn.houqin.standards.domain.StandardsEditor;
import cn.houqin.support.PostgresDatabase;

import static cn.houqin.standards.StandardsFixtures.TODAY;
import static cn.houqin.standards.StandardsFixtures.freshTenant;
import static cn.houqin.standards.StandardsFixtures.manager;
import static cn.houqin.standards.StandardsFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national defaults and a local override on PostgreSQL, the production database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@ContextConfiguration(initializers = PostgresDatabase.class)
@Transactional
class StandardsPostgresIntegrationTests {

	@Autowired
	StandardsApi standards;

	@Autowired
	StandardsCatalogue catalogue;

	@Autowired
	StandardsEditor editor;

	@Test
	void loadsTheNationalDefaultsAndLetsALocalRuleWin() {
		long tenant = freshTenant();
		assertThat(this.catalogue.rulesInForce(tenant, null, TODAY)).hasSize(119);
		assertThat(this.standards.check(tenant, rule("reception.accompany.ratio", "5", "guests", "11"))).singleElement()
			.satisfies(finding -> assertThat(finding.over()).isTrue());

		SetView province = this.editor.createSet(manager(tenant), "province-reception",
				StandardsFixtures.provincialReception());
		this.editor.addRule(manager(tenant), province.id(), "reception.meal.county",
				new RuleTerms("公务接待用餐（县处级）", StandardSubject.RECEPTION, RuleKind.MAX_AMOUNT, new BigDecimal("80"),
						"元/人·餐", null, null, null, "guestRank=县处级", false, LocalDate.of(2014, 5, 1), null));

		assertThat(this.standards.overStandard(tenant, rule("reception.meal.county", "70"))).isEmpty();
	}

}
