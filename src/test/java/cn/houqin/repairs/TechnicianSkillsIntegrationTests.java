package cn.houqin.repairs;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.repairs.domain.Category;
import cn.houqin.repairs.domain.TechnicianSkills;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.ScopeGrant;
import cn.houqin.shared.security.ScopeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Assignment by skill and load: the technicians' skills page and API, and the candidates
 * offered for a work order.
 */
@RepairsIntegrationTest
@Transactional
class TechnicianSkillsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	TechnicianSkills skills;

	CurrentUser staff;

	CurrentUser dispatcher;

	CurrentUser technician;

	@BeforeEach
	void setUp() {
		RepairsTestUsers fixtures = new RepairsTestUsers(this.users, this.org);
		this.staff = fixtures.user("demo-staff");
		this.dispatcher = fixtures.user("demo-logistics");
		this.technician = fixtures.user("demo-technician");
	}

	private long report(String category) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/repairs/work-orders").with(user(this.staff))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(
						Map.of("location", "技能测试楼 " + System.nanoTime(), "category", category, "description", "测试故障"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("id").asLong();
	}

	private JsonNode candidates(long id) throws Exception {
		return this.json.readTree(
				this.mvc.perform(get("/api/v1/repairs/work-orders/{id}/candidates", id).with(user(this.dispatcher)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
	}

	@Test
	@DisplayName("the demo 维修班 technician handles water, power and heating")
	void demoTechnicianHasSkills() {
		assertThat(this.skills.of(this.technician.tenantId(), this.technician.userId()))
			.containsExactlyInAnyOrder(Category.WATER, Category.ELECTRIC, Category.HVAC);
	}

	@Test
	@DisplayName("the candidates API marks the technician skilled for an electric fault and not for a door")
	void candidatesFollowTheOrdersCategory() throws Exception {
		JsonNode electric = candidates(report("ELECTRIC"));
		assertThat(electric).isNotEmpty();
		JsonNode first = electric.get(0);
		assertThat(first.get("userId").asLong()).isEqualTo(this.technician.userId());
		assertThat(first.get("skilled").asBoolean()).isTrue();
		assertThat(first.get("openJobs").isNumber()).isTrue();
		JsonNode door = candidates(report("CARPENTRY"));
		assertThat(door.get(0).get("skilled").asBoolean()).isFalse();
	}

	@Test
	@DisplayName("changing skills through the API changes the candidates; an unknown category is 422 naming it")
	void skillsApi() throws Exception {
		long door = report("CARPENTRY");
		this.mvc
			.perform(
					put("/api/v1/repairs/technicians/{id}/skills", this.technician.userId()).with(user(this.dispatcher))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"categories\":[\"门窗木工\",\"WATER\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.skills.length()").value(2));
		assertThat(candidates(door).get(0).get("skilled").asBoolean()).isTrue();
		this.mvc
			.perform(
					put("/api/v1/repairs/technicians/{id}/skills", this.technician.userId()).with(user(this.dispatcher))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"categories\":[\"WATER\",\"plumbing\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("categories[1]"));
		this.mvc.perform(get("/api/v1/repairs/technicians").with(user(this.dispatcher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].skills.length()").value(2));
	}

	@Test
	@DisplayName("a user who is not a technician of the institution has no skills to edit")
	void onlyTechniciansHaveSkills() throws Exception {
		this.mvc
			.perform(put("/api/v1/repairs/technicians/{id}/skills", this.staff.userId()).with(user(this.dispatcher))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categories\":[\"WATER\"]}"))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("candidates are for dispatchers; an order outside the dispatcher's scope is not found")
	void candidatesAreScoped() throws Exception {
		long id = report("WATER");
		this.mvc.perform(get("/api/v1/repairs/work-orders/{id}/candidates", id).with(user(this.technician)))
			.andExpect(status().isForbidden());
		CurrentUser elsewhere = new RepairsTestUsers(this.users, this.org).with("demo-driver",
				ScopeGrant.of(ScopeType.OWN), "repairs.dispatch");
		this.mvc.perform(get("/api/v1/repairs/work-orders/{id}/candidates", id).with(user(elsewhere)))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("the skills page shows the technician's ticked categories and saves a change")
	void skillsPage() throws Exception {
		String electric = "skill-" + this.technician.userId() + "-ELECTRIC";
		String door = "skill-" + this.technician.userId() + "-CARPENTRY";
		this.mvc.perform(get("/repairs/skills").with(user(this.dispatcher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.technician.displayName())))
			.andExpect(content().string(containsString("id=\"" + electric + "\" checked")))
			.andExpect(content().string(not(containsString("id=\"" + door + "\" checked"))));
		this.mvc
			.perform(post("/repairs/skills/{id}", this.technician.userId()).with(user(this.dispatcher))
				.with(csrf())
				.param("categories", "CARPENTRY", "NETWORK"))
			.andExpect(redirectedUrl("/repairs/skills"));
		assertThat(this.skills.of(this.technician.tenantId(), this.technician.userId()))
			.containsExactlyInAnyOrder(Category.CARPENTRY, Category.NETWORK);
		this.mvc.perform(get("/repairs/skills").with(user(this.staff))).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("the administrator, who has no unit, keeps the skills of every technician of the tenant")
	void administratorKeepsSkills() throws Exception {
		CurrentUser admin = new RepairsTestUsers(this.users, this.org).user("demo-admin");
		this.mvc.perform(get("/repairs/skills").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"skills-" + this.technician.userId() + "\"")));
		this.mvc
			.perform(put("/api/v1/repairs/technicians/{id}/skills", this.technician.userId()).with(user(admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"categories\":[\"EQUIPMENT\"]}"))
			.andExpect(status().isOk());
		assertThat(this.skills.of(this.technician.tenantId(), this.technician.userId()))
			.containsExactly(Category.EQUIPMENT);
	}

	@Test
	@DisplayName("the work order's assign list says which technician handles its category")
	void assignListShowsSkill() throws Exception {
		long id = report("ELECTRIC");
		this.mvc
			.perform(get("/repairs/work-orders/{id}", id).with(user(this.dispatcher)).locale(java.util.Locale.CHINA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.technician.displayName() + "（擅长此类")));
	}

}
