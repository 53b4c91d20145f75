package cn.houqin.repairs;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.repairs.domain.IncidentKind;
import cn.houqin.repairs.domain.IncidentService;
import cn.houqin.repairs.domain.IncidentStatus;
import cn.houqin.repairs.domain.IncidentView;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plans, incidents and statistics pages with the demo data.
 */
@RepairsIntegrationTest
@Transactional
class RepairsPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	IncidentService incidents;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	RepairsTestUsers fixtures;

	CurrentUser logistics;

	@BeforeEach
	void setUp() {
		this.fixtures = new RepairsTestUsers(this.users, this.org);
		this.logistics = this.fixtures.user("demo-logistics");
	}

	@Test
	@DisplayName("突发事件立即通知单位负责人和后勤主管领导，记录处置经过并结案")
	void anIncidentTellsTheLeadersAtOnceAndKeepsATimeline() {
		long unitHead = this.fixtures.user("demo-unit-head").userId();
		long logisticsHead = this.fixtures.user("demo-logistics-head").userId();
		CurrentUser staff = this.fixtures.user("demo-staff");
		IncidentView logged = this.incidents.log(staff, IncidentKind.FIRE, "配电间冒烟", "住院部地下配电间", null, null);
		// the leaders are told at once, in the same transaction, each exactly once
		String link = "/repairs/incidents/" + logged.id();
		assertThat(told(unitHead, link)).isEqualTo(1);
		assertThat(told(logisticsHead, link)).isEqualTo(1);
		assertThat(told(staff.userId(), link)).isZero();
		assertThat(logged.timeline()).hasSize(1);
		IncidentView acted = this.incidents.record(this.logistics, logged.id(), logged.version(), "断电，使用干粉灭火器");
		IncidentView closed = this.incidents.close(this.logistics, acted.id(), acted.version(), "线路老化，已更换");
		assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
		assertThat(closed.timeline()).extracting(IncidentView.Step::note).containsSubsequence("断电，使用干粉灭火器", "线路老化，已更换");
	}

	private int told(long userId, String link) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from ntf_notification where recipient_id = ? and link = ? and message_key = ?",
				Integer.class, userId, link, "repairs.notify.incident");
		return count == null ? 0 : count;
	}

	@Test
	void plansArePlannedFromATemplate() throws Exception {
		this.mvc.perform(get("/repairs/plans").with(user(this.logistics)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("每日水电巡检")));
		this.mvc.perform(get("/repairs/plans/new").param("template", "HEATING_SEASON").with(user(this.logistics)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("锅炉检验证书")));
		this.mvc
			.perform(post("/repairs/plans/new").with(user(this.logistics))
				.with(csrf())
				.param("name", "电梯月检")
				.param("location", "住院部电梯")
				.param("category", "EQUIPMENT")
				.param("intervalKind", "MONTHS")
				.param("intervalCount", "1")
				.param("checklist", "曳引机\n门锁")
				.param("leadDays", "3")
				.param("firstDue", "2026-12-01"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/repairs/plans/new").with(user(this.logistics))
				.with(csrf())
				.param("name", "电梯月检")
				.param("location", "住院部电梯")
				.param("category", "EQUIPMENT")
				.param("intervalKind", "MONTHS")
				.param("intervalCount", "0")
				.param("checklist", "曳引机")
				.param("leadDays", "3")
				.param("firstDue", "2026-12-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void statisticsShowSlaSatisfactionCostAndRecurringFaultsAsPageExcelAndPdf() throws Exception {
		CurrentUser head = this.fixtures.user("demo-logistics-head");
		this.mvc.perform(get("/repairs/reports").with(user(head)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sla-urgency")))
			.andExpect(content().string(containsString("门诊楼 1 层卫生间")));
		this.mvc.perform(get("/repairs/reports/export").with(user(head)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(cn.houqin.document.ExcelExport.CONTENT_TYPE));
		byte[] pdf = this.mvc.perform(get("/repairs/reports/pdf").with(user(head)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("维修统计", "紧急", "门诊楼 1 层卫生间");
		}
		this.mvc.perform(get("/repairs/reports").with(user(this.fixtures.user("demo-staff"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void incidentPagesLogAndShowTheTimeline() throws Exception {
		String location = this.mvc
			.perform(post("/repairs/incidents").with(user(this.logistics))
				.with(csrf())
				.param("kind", "FOOD_POISONING")
				.param("title", "职工食堂疑似食物中毒")
				.param("location", "职工食堂"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).with(user(this.logistics)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("职工食堂疑似食物中毒")));
		this.mvc.perform(get("/repairs/incidents").with(user(this.logistics))).andExpect(status().isOk());
		assertThat(List.of(location)).allMatch(l -> l.matches("/repairs/incidents/\\d+"));
	}

}
