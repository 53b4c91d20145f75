package cn.houqin.conduct;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.notification.NotificationApi;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 篇2 第五条, 第十六条: the person and their unit are informed at once; the office may record the
 * signed paper copy; the correction is tracked to done or overdue.
 */
@ConductIntegrationTest
@Transactional
class NoticeObligationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	NotificationApi notifications;

	CurrentUser office;

	long nurse;

	@BeforeEach
	void setUp() {
		ConductFixtures fixtures = new ConductFixtures(this.users, this.org);
		this.office = fixtures.user("demo-conduct-office");
		this.nurse = fixtures.staffId("H0010");
	}

	@Test
	@DisplayName("篇2 第五条: recording informs the person and their department head at once")
	void recordingInformsThePersonAndTheirDeptHead() throws Exception {
		CurrentUser staff = this.users.loadUserByUsername("demo-staff");
		CurrentUser head = this.users.loadUserByUsername("demo-dept-head");
		long staffBefore = this.notifications.unreadCount(staff.tenantId(), staff.userId());
		long headBefore = this.notifications.unreadCount(head.tenantId(), head.userId());
		create(ConductFixtures.record("A11-1", "2026-11-02", this.nurse, 1));
		assertThat(this.notifications.unreadCount(staff.tenantId(), staff.userId())).isEqualTo(staffBefore + 1);
		assertThat(this.notifications.unreadCount(head.tenantId(), head.userId())).isEqualTo(headBefore + 1);
	}

	@Test
	@DisplayName("篇2 第十六条: the office records the signed paper copy; the appeal window starts")
	void theOfficeUploadsTheSignedPaperCopy() throws Exception {
		long id = create(ConductFixtures.record("A11-1", "2026-11-02", this.nurse, 1));
		MockMultipartFile scan = new MockMultipartFile("scan", "notice.pdf", "application/pdf",
				"%PDF-1.4 signed".getBytes());
		this.mvc
			.perform(multipart("/conduct/records/{id}/notices/{staffId}/sign", id, this.nurse).file(scan)
				.with(user(this.office))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/conduct/records/{id}", id).with(user(this.office)))
			.andExpect(jsonPath("$.persons[0].status").value("RECEIVED"))
			.andExpect(jsonPath("$.persons[0].receiptKind").value("SIGNED_SCAN"))
			.andExpect(jsonPath("$.persons[0].hasScan").value(true))
			.andExpect(jsonPath("$.persons[0].appealDeadline").isNotEmpty());
	}

	@Test
	@DisplayName("篇2 第十六条: a correction past its date is overdue until recorded as done")
	void aCorrectionIsTrackedToDoneOrOverdue() throws Exception {
		long id = create(ConductFixtures.record("A11-4", "2026-11-02", this.nurse, 1)
			.replace("\"persons\"", "\"correctionDue\":\"2026-11-05\",\"persons\""));
		this.mvc.perform(get("/api/v1/conduct/records/{id}", id).with(user(this.office)))
			.andExpect(jsonPath("$.persons[0].correctionOverdue").value(true));
		this.mvc
			.perform(post("/conduct/records/{id}/corrections/{s}", id, this.nurse).with(user(this.office)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/conduct/records/{id}", id).with(user(this.office)))
			.andExpect(jsonPath("$.persons[0].correctionOverdue").value(false))
			.andExpect(jsonPath("$.persons[0].correctionDoneOn").isNotEmpty());
	}

	private long create(String body) throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/conduct/records").with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<Number>read(json, "$.id").longValue();
	}

}
