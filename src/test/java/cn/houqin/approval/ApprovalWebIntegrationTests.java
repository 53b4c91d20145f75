package cn.houqin.approval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApprovalIntegrationTest
@Transactional
class ApprovalWebIntegrationTests {

	private static final Pattern APPROVAL = Pattern.compile("/approval/(\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	ApprovalApi api;

	ApprovalFixtures fixtures;

	CurrentUser staff;

	CurrentUser head;

	@BeforeEach
	void setUp() {
		this.fixtures = new ApprovalFixtures(this.users, this.org);
		this.staff = this.fixtures.approver("demo-staff");
		this.head = this.fixtures.approver("demo-logistics-head");
	}

	@Test
	void routePreviewAnswersTheContractShape() throws Exception {
		long unit = this.fixtures.unitId("HOSP-NK");
		this.mvc
			.perform(get("/api/v1/approval/route-preview").with(user(this.staff))
				.param("documentType", "SUPPLY_PURCHASE")
				.param("amount", "4500.00")
				.param("unitId", String.valueOf(unit)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.allowed").value(true))
			.andExpect(jsonPath("$.steps[0].role").value("LOGISTICS_HEAD"))
			.andExpect(jsonPath("$.steps[1].role").value("UNIT_HEAD"))
			.andExpect(jsonPath("$.steps[0].approverName").value("李海燕"))
			.andExpect(jsonPath("$.steps.length()").value(2));
		this.mvc
			.perform(get("/api/v1/approval/route-preview").with(user(this.staff))
				.param("documentType", "SUPPLY_PURCHASE")
				.param("amount", "12000.00")
				.param("unitId", String.valueOf(unit)))
			.andExpect(jsonPath("$.allowed").value(false))
			.andExpect(jsonPath("$.reason").value(containsString("政府采购")));
	}

	@Test
	void inboxApiIsPagedAndApproveMovesTheRouteOn() throws Exception {
		long approvalId = submit("3000.00");
		long taskId = openTask(approvalId);
		this.mvc.perform(get("/api/v1/approval/inbox").with(user(this.head)).param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].taskId").value(hasItem((int) taskId)))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.total").isNumber());
		this.mvc
			.perform(post("/api/v1/approval/tasks/{id}/reject", taskId).with(user(this.head))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("理由")));
		this.mvc
			.perform(post("/api/v1/approval/tasks/{id}/approve", taskId).with(user(this.head))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"comment\":\"同意\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.nextTaskId").isNumber());
		this.mvc
			.perform(post("/api/v1/approval/tasks/{id}/approve", taskId).with(user(this.head))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("已被他人处理")));
	}

	@Test
	void tasksOfOthersAnswer404() throws Exception {
		long taskId = openTask(submit("800.00"));
		CurrentUser stranger = this.fixtures.approver("demo-finance");
		this.mvc.perform(get("/api/v1/approval/tasks/{id}", taskId).with(user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/approval/tasks/{id}/approve", taskId).with(user(stranger))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/approval/tasks/{id}", taskId).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/approval/tasks/{id}", taskId).with(user(this.staff))).andExpect(status().isOk());
	}

	@Test
	void inboxCountInTheLayoutFollowsNewTasks() throws Exception {
		String before = page("/approval/inbox", this.head);
		int count = pendingCount(before);
		submit("500.00");
		String after = page("/approval/inbox", this.head);
		assertThat(pendingCount(after)).isEqualTo(count + 1);
		assertThat(after).contains("待我审批", "inbox-cards", "inbox-table");
	}

	@Test
	void generalRequestIsFiledThroughTheFormAfterItsRoutePreview() throws Exception {
		this.mvc
			.perform(get("/approval/general/preview").with(user(this.staff))
				.header("HX-Request", "true")
				.param("amount", "6000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("党委会")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc
			.perform(get("/approval/general/preview").with(user(this.staff))
				.header("HX-Request", "true")
				.param("amount", "20000"))
			.andExpect(content().string(containsString("政府采购")));
		String location = this.mvc
			.perform(post("/approval/general/new").with(user(this.staff))
				.with(csrf())
				.param("title", "会议室白板")
				.param("amount", "1200.00")
				.param("reason", "原白板损坏"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "approval.flash.submitted"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Matcher matcher = APPROVAL.matcher(location);
		assertThat(matcher.find()).isTrue();
		assertThat(page("/approval/" + matcher.group(1), this.staff)).contains("会议室白板", "后勤主管领导", "单位负责人");
		assertThat(page("/approval/mine", this.staff)).contains("会议室白板");
	}

	@Test
	void generalFormRefusesAnAmountAboveTheCeilingOnTheAmountField() throws Exception {
		this.mvc
			.perform(post("/approval/general/new").with(user(this.staff))
				.with(csrf())
				.param("title", "空调")
				.param("amount", "30000")
				.param("reason", "更换"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("政府采购")));
	}

	@Test
	void taskPageShowsTheRouteAndAcceptsAnActionWithAnAttachment() throws Exception {
		long approvalId = submit("800.00");
		long taskId = openTask(approvalId);
		assertThat(page("/approval/tasks/" + taskId, this.head)).contains("action-form", "后勤主管领导", "县人民医院");
		MockMultipartFile pdf = new MockMultipartFile("file", "比价单.pdf", "application/pdf", "%PDF-1.4 test".getBytes());
		this.mvc
			.perform(multipart("/approval/tasks/{id}/approve", taskId).file(pdf)
				.with(user(this.head))
				.with(csrf())
				.param("comment", "同意购买"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "approval.flash.approve"));
		String detail = page("/approval/" + approvalId, this.staff);
		assertThat(detail).contains("已批准", "比价单.pdf", "同意购买");

		MockMultipartFile fake = new MockMultipartFile("file", "x.pdf", "application/pdf", "<html>".getBytes());
		long other = openTask(submit("700.00"));
		this.mvc.perform(multipart("/approval/tasks/{id}/approve", other).file(fake).with(user(this.head)).with(csrf()))
			.andExpect(flash().attribute("flashError", "approval.attachment.error.type"));
	}

	@Test
	void policyEditorWritesARevisionAndRefusesAGap() throws Exception {
		CurrentUser admin = this.fixtures.user("demo-admin", "approval.policy.manage");
		assertThat(page("/approval/policies", admin)).contains("≤ 1,000.00", "&gt; 1,000.00 且 ≤ 5,000.00", "政府采购");
		assertThat(page("/approval/policies/T_WEB/edit", admin)).contains("policy-form");
		this.mvc
			.perform(post("/approval/policies/T_WEB/edit").with(user(admin))
				.with(csrf())
				.param("expectedRevision", "0")
				.param("tiers[0].upper", "1000")
				.param("tiers[0].steps[0].roleCode", "logistics-head")
				.param("tiers[0].steps[0].source", "NEAREST_ANCESTOR_WITH_HOLDER")
				.param("tiers[1].lower", "2000")
				.param("tiers[1].upper", "5000")
				.param("tiers[1].steps[0].roleCode", "unit-head")
				.param("tiers[1].steps[0].source", "NEAREST_ANCESTOR_WITH_HOLDER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 2 档的下限必须等于上一档的上限")));
		this.mvc
			.perform(post("/approval/policies/T_WEB/edit").with(user(admin))
				.with(csrf())
				.param("expectedRevision", "0")
				.param("tiers[0].upper", "1000")
				.param("tiers[0].steps[0].roleCode", "logistics-head")
				.param("tiers[0].steps[0].source", "NEAREST_ANCESTOR_WITH_HOLDER"))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/approval/policies/T_WEB", admin)).contains("第 1 版");
	}

	@Test
	void policyPagesNeedTheManagePermission() throws Exception {
		this.mvc.perform(get("/approval/policies").with(user(this.staff))).andExpect(status().isForbidden());
		this.mvc.perform(get("/approval/split-report").with(user(this.staff))).andExpect(status().isForbidden());
	}

	@Test
	void delegationAndSplitReportPagesRender() throws Exception {
		assertThat(page("/approval/delegations", this.head)).contains("delegation-form", "张建华");
		CurrentUser auditor = this.fixtures.user("demo-auditor", "approval.report.view");
		assertThat(page("/approval/split-report", auditor)).contains("split-table");
	}

	@Test
	@DisplayName("审批单 PDF：每一步的角色、审批人、结果和意见，中文可提取")
	void approvalFormPrintsAsPdfWithEveryStep() throws Exception {
		long approvalId = submit("800.00");
		long taskId = openTask(approvalId);
		this.mvc
			.perform(post("/api/v1/approval/tasks/{id}/approve", taskId).with(user(this.head))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"comment\":\"同意购置，注意比价\"}"))
			.andExpect(status().isOk());
		byte[] pdf = this.mvc.perform(get("/approval/{id}/pdf", approvalId).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("审批单", "后勤主管领导", "同意购置，注意比价", "800.00", "已批准");
		}
		this.mvc.perform(get("/approval/{id}/print", approvalId).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审批单")));
		this.mvc.perform(get("/approval/{id}/pdf", approvalId).with(user(this.fixtures.approver("demo-finance"))))
			.andExpect(status().isNotFound());
	}

	private long submit(String amount) {
		return this.api.submit(this.fixtures.tenantId(),
				this.fixtures.document("GENERAL", amount, "demo-staff", "HOSP-NK"));
	}

	private long openTask(long approvalId) throws Exception {
		String json = this.mvc.perform(get("/approval/" + approvalId).with(user(this.head)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = Pattern.compile("/approval/tasks/(\\d+)/approve").matcher(json);
		assertThat(matcher.find()).as("open task of the logistics head").isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private String page(String path, CurrentUser who) throws Exception {
		return this.mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static int pendingCount(String html) {
		Matcher matcher = Pattern.compile(
				"href=\"/approval/inbox\">\\s*<span>[^<]*</span><span class=\"badge text-bg-secondary\">(\\d+)</span>")
			.matcher(html);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

}
