package cn.houqin.repairs;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.audit.AuditApi;
import cn.houqin.audit.AuditEntry;
import cn.houqin.audit.AuditQuery;
import cn.houqin.org.OrgApi;
import cn.houqin.repairs.domain.Category;
import cn.houqin.repairs.domain.TechnicianSkills;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changes to the repair rules and to technicians' skills land in the audit trail with the
 * acting user and the old and new values. Not transactional: the audit entry is written
 * in the business transaction and must be committed to be seen. Each test puts the demo
 * values back.
 */
@RepairsIntegrationTest
class RepairsAuditIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	AuditApi audit;

	@Autowired
	TechnicianSkills skills;

	CurrentUser admin;

	CurrentUser dispatcher;

	CurrentUser technician;

	@BeforeEach
	void setUp() {
		RepairsTestUsers fixtures = new RepairsTestUsers(this.users, this.org);
		this.admin = fixtures.user("demo-admin");
		this.dispatcher = fixtures.user("demo-logistics");
		this.technician = fixtures.user("demo-technician");
	}

	private List<AuditEntry> entries(String type, String id, Instant since) {
		return this.audit
			.search(this.admin.tenantId(), new AuditQuery(since, null, null, "UPDATE", type, id), 0, 50, null)
			.items();
	}

	private String rulesJson() throws Exception {
		return this.mvc.perform(get("/api/v1/repairs/rules").with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void putRules(String body) throws Exception {
		this.mvc
			.perform(put("/api/v1/repairs/rules").with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("a rules change through the API is audited with the admin, the old and the new limit")
	void rulesChangeThroughTheApiIsAudited() throws Exception {
		String original = rulesJson();
		Instant since = Instant.now().minusSeconds(1);
		try {
			ObjectNode changed = (ObjectNode) this.json.readTree(original);
			changed.put("contractorLimit", "2468.00");
			changed.put("labourRate", "96.00");
			putRules(this.json.writeValueAsString(changed));
			List<AuditEntry> found = entries("repairs.rules", Long.toString(this.admin.tenantId()), since);
			assertThat(found).anySatisfy(entry -> {
				assertThat(entry.actorName()).isEqualTo("demo-admin");
				assertThat(entry.details().get("before")).contains("limit 2000.00");
				assertThat(entry.details().get("after")).contains("limit 2468.00");
				assertThat(entry.details().get("before")).contains("labour 80.00");
				assertThat(entry.details().get("after")).contains("labour 96.00");
			});
		}
		finally {
			putRules(original);
		}
	}

	@Test
	@DisplayName("a rules change on the page is audited too")
	void rulesChangeOnThePageIsAudited() throws Exception {
		String original = rulesJson();
		Instant since = Instant.now().minusSeconds(1);
		try {
			String[][] form = { { "respondMinutes[0]", "30" }, { "respondMinutes[1]", "120" },
					{ "respondMinutes[2]", "480" }, { "respondMinutes[3]", "960" }, { "respondOnClock[0]", "true" },
					{ "respondOnClock[1]", "false" }, { "respondOnClock[2]", "false" },
					{ "respondOnClock[3]", "false" }, { "fixMinutes[0]", "180" }, { "fixMinutes[1]", "480" },
					{ "fixMinutes[2]", "1440" }, { "fixMinutes[3]", "4800" }, { "fixOnClock[0]", "true" },
					{ "fixOnClock[1]", "false" }, { "fixOnClock[2]", "false" }, { "fixOnClock[3]", "false" },
					{ "morningStart", "08:00" }, { "morningEnd", "12:00" }, { "afternoonStart", "14:00" },
					{ "afternoonEnd", "18:00" }, { "contractorLimit", "2000.00" }, { "labourRate", "80.00" } };
			var request = post("/repairs/rules").with(user(this.admin)).with(csrf());
			for (String[] field : form) {
				request.param(field[0], field[1]);
			}
			this.mvc.perform(request).andExpect(redirectedUrl("/repairs/rules"));
			List<AuditEntry> found = entries("repairs.rules", Long.toString(this.admin.tenantId()), since);
			assertThat(found).anySatisfy(entry -> {
				assertThat(entry.actorName()).isEqualTo("demo-admin");
				assertThat(entry.details().get("before")).contains("URGENT 30c/240c");
				assertThat(entry.details().get("after")).contains("URGENT 30c/180c");
			});
		}
		finally {
			putRules(original);
		}
	}

	@Test
	@DisplayName("a change of a technician's skills is audited with the dispatcher and both skill sets")
	void skillsChangeIsAudited() throws Exception {
		long tenant = this.technician.tenantId();
		java.util.Set<Category> original = this.skills.of(tenant, this.technician.userId());
		Instant since = Instant.now().minusSeconds(1);
		try {
			this.mvc
				.perform(put("/api/v1/repairs/technicians/{id}/skills", this.technician.userId())
					.with(user(this.dispatcher))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"categories\":[\"NETWORK\"]}"))
				.andExpect(status().isOk());
			List<AuditEntry> found = entries("repairs.technicianSkills", Long.toString(this.technician.userId()),
					since);
			assertThat(found).anySatisfy(entry -> {
				assertThat(entry.actorName()).isEqualTo("demo-logistics");
				assertThat(entry.details().get("before")).isEqualTo("WATER,ELECTRIC,HVAC");
				assertThat(entry.details().get("after")).isEqualTo("NETWORK");
			});
		}
		finally {
			this.skills.change(tenant, this.technician.userId(), original);
		}
	}

}
