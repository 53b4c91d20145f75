package cn.houqin.conduct;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.conduct.domain.ConductService;
import cn.houqin.conduct.domain.ConductService.PersonShare;
import cn.houqin.conduct.domain.RecordDraft;
import cn.houqin.conduct.domain.Source;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leadership decides appeals in the approval inbox: approving grants the appeal (the
 * points are revoked), rejecting dismisses it (they stand). Not transactional: the
 * decision arrives after the approval commits.
 */
@ConductIntegrationTest
class AppealInboxIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConductService conduct;

	@Autowired
	ConductApi api;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Test
	void approvingTheAppealInTheInboxRevokesThePointsAndRejectingUpholdsThem() throws Exception {
		ConductFixtures fixtures = new ConductFixtures(this.users, this.org);
		CurrentUser office = fixtures.user("demo-conduct-office");
		CurrentUser unitHead = fixtures.user("demo-unit-head");
		long accountant = fixtures.staffId("H0008");
		LocalDate occurred = LocalDate.of(2025, 6, 2);
		long granted = appealed(office, accountant, "A8-8", 6, occurred);
		long dismissed = appealed(office, accountant, "A11-4", 1, occurred.plusDays(1));
		assertThat(this.api.standing(fixtures.tenantId(), accountant, occurred).total()).isEqualTo(7);
		act(unitHead, granted, "approve");
		act(unitHead, dismissed, "reject");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.api.standing(fixtures.tenantId(), accountant, occurred).total())
				.isEqualTo(1));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			String json = this.mvc.perform(get("/api/v1/conduct/records/{id}", dismissed).with(user(office)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(JsonPath.<String>read(json, "$.persons[0].status")).isEqualTo("CONFIRMED");
			assertThat(JsonPath.<String>read(json, "$.appeals[0].outcome")).isEqualTo("UPHOLD");
		});
		assertThat(this.api.standing(fixtures.tenantId(), accountant, occurred).level()).isEqualTo(ConductLevel.L1);
	}

	private long appealed(CurrentUser office, long staffId, String code, int points, LocalDate occurred) {
		long id = this.conduct.record(office, code,
				new RecordDraft(occurred, Source.HOTLINE, "投诉电话反映", null, false, null),
				List.of(new PersonShare(staffId, points)), List.of());
		this.conduct.receive(office, id, staffId, null, null);
		this.conduct.appeal(office, id, staffId, "事实不清");
		return id;
	}

	private void act(CurrentUser unitHead, long recordId, String action) throws Exception {
		String record = this.mvc.perform(get("/api/v1/conduct/records/{id}", recordId).with(user(unitHead)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long approvalId = JsonPath.<Number>read(record, "$.appeals[0].approvalId").longValue();
		String inbox = this.mvc.perform(get("/api/v1/approval/inbox").with(user(unitHead)).param("size", "200"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> tasks = JsonPath.read(inbox, "$.items[?(@.approvalId == " + approvalId + ")].taskId");
		assertThat(tasks).hasSize(1);
		this.mvc
			.perform(post("/api/v1/approval/tasks/{id}/" + action, tasks.get(0).longValue()).with(user(unitHead))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"comment\":\"经研究决定\"}"))
			.andExpect(status().isOk());
	}

}
