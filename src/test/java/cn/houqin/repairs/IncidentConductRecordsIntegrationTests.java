package cn.houqin.repairs;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.repairs.domain.IncidentKind;
import cn.houqin.repairs.domain.IncidentService;
import cn.houqin.repairs.domain.IncidentView;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Incidents cite the conduct records they led to (repairs.md: incidents link to work
 * orders and, where relevant, to conduct records).
 */
@RepairsIntegrationTest
@Transactional
class IncidentConductRecordsIntegrationTests {

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	IncidentService incidents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	CurrentUser logistics;

	IncidentView incident;

	long recordId;

	@BeforeEach
	void setUp() {
		RepairsTestUsers fixtures = new RepairsTestUsers(this.users, this.org);
		this.logistics = fixtures.user("demo-logistics");
		this.incident = this.incidents.log(fixtures.user("demo-staff"), IncidentKind.OTHER, "值班人员擅离岗位导致跑水", "住院部三楼茶水间",
				null, null);
		this.recordId = this.jdbc.queryForObject("select min(id) from con_record where tenant_id = ?", Long.class,
				this.logistics.tenantId());
	}

	@Test
	@DisplayName("事件可关联本单位的积分记录，页面显示并链接到积分记录")
	void anIncidentCitesAConductRecordOfTheTenant() throws Exception {
		this.mvc
			.perform(post("/repairs/incidents/{id}/conduct-records", this.incident.id()).with(user(this.logistics))
				.with(csrf())
				.param("version", Long.toString(this.incident.version()))
				.param("conductRecordId", Long.toString(this.recordId)))
			.andExpect(redirectedUrl("/repairs/incidents/" + this.incident.id()))
			.andExpect(flash().attribute("flashSuccess", "repairs.flash.saved"));

		IncidentView cited = this.incidents.view(this.logistics, this.incident.id());
		assertThat(cited.conductRecords()).singleElement().satisfies(ref -> {
			assertThat(ref.id()).isEqualTo(this.recordId);
			assertThat(ref.occurredOn()).isNotNull();
			assertThat(ref.offence()).isNotBlank();
		});
		this.mvc.perform(get("/repairs/incidents/{id}", this.incident.id()).with(user(this.logistics)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/conduct/records/" + this.recordId)))
			.andExpect(content().string(containsString("积分记录 #" + this.recordId)));
	}

	@Test
	@DisplayName("不存在的积分记录编号被拒绝，指明字段，不写入")
	void anUnknownRecordNumberIsRefusedAndNothingIsCited() {
		assertThatThrownBy(() -> this.incidents.citeConductRecord(this.logistics, this.incident.id(),
				this.incident.version(), 987654321L))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("conductRecordId");
				assertThat(ex.messageKey()).isEqualTo("repairs.incident.error.conductRecord");
			});
		assertThat(this.incidents.view(this.logistics, this.incident.id()).conductRecords()).isEmpty();
	}

	@Test
	@DisplayName("没有维修计划权限的人不能关联积分记录")
	void citingNeedsThePlanPermission() throws Exception {
		CurrentUser staff = new RepairsTestUsers(this.users, this.org).user("demo-staff");
		this.mvc
			.perform(post("/repairs/incidents/{id}/conduct-records", this.incident.id()).with(user(staff))
				.with(csrf())
				.param("version", Long.toString(this.incident.version()))
				.param("conductRecordId", Long.toString(this.recordId)))
			.andExpect(status().isForbidden());
	}

}
