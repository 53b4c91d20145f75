package cn.houqin.approval.domain;

import java.math.BigDecimal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.AccessApi;
import cn.houqin.access.UserSummary;
import cn.houqin.org.OrgApi;

/**
 * Demo general requests (demo profile only) in several states, so that the hospital's
 * logistics head finds work in "待我审批": waiting, half-way, collective, approved, returned,
 * and two paper purchases that together pass the 1,000 元 tier (化整为零). Runs once.
 */
@Component
@Profile("demo")
@Order(30)
class ApprovalDemoData implements ApplicationRunner {

	private final OrgApi org;

	private final AccessApi access;

	private final GeneralRequestService requests;

	private final ApprovalService approvals;

	private final Approvals approvalRecords;

	private final GeneralRequests generalRequests;

	ApprovalDemoData(OrgApi org, AccessApi access, GeneralRequestService requests, ApprovalService approvals,
			Approvals approvalRecords, GeneralRequests generalRequests) {
		this.org = org;
		this.access = access;
		this.requests = requests;
		this.approvals = approvals;
		this.approvalRecords = approvalRecords;
		this.generalRequests = generalRequests;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long tenantId = this.org.tenantIdByCode("demo").orElseThrow();
		if (this.generalRequests.existsByTenantId(tenantId)) {
			return;
		}
		long internal = unit(tenantId, "HOSP-NK");
		long hospital = unit(tenantId, "HOSP");
		long nurse = holder(tenantId, "staff", internal);
		long doctor = holder(tenantId, "dept-head", internal);
		long logisticsHead = holder(tenantId, "logistics-head", hospital);
		file(tenantId, nurse, internal, "打印机硒鼓 2 只", "800.00", "内科护士站打印机硒鼓用尽", null);
		long screen = file(tenantId, nurse, internal, "会议室投影幕布", "3200.00", "科室会议室投影幕布损坏，需更换", null);
		act(tenantId, logisticsHead, screen, Action.approve("同意，报院长批示"));
		file(tenantId, doctor, internal, "档案密集柜 1 组", "6500.00", "病案存放空间不足", "办公家具");
		long staplers = file(tenantId, nurse, internal, "订书机、文件夹等文具", "450.00", "日常办公用品补充", null);
		act(tenantId, logisticsHead, staplers, Action.approve("同意"));
		long printer = file(tenantId, doctor, internal, "科室激光打印机", "1500.00", "原打印机已报废", null);
		act(tenantId, logisticsHead, printer, Action.sendBack("请补充三家比价后重新提交"));
		file(tenantId, nurse, internal, "A4 打印纸 10 箱", "900.00", "本月用纸", "纸张");
		file(tenantId, nurse, internal, "A4 打印纸 9 箱（补充）", "800.00", "本月用纸补充", "纸张");
	}

	private long file(long tenantId, long requester, long unitId, String title, String amount, String reason,
			String category) {
		return this.requests
			.submit(tenantId, requester, unitId, new GeneralDraft(title, new BigDecimal(amount), reason, category))
			.approvalId();
	}

	private void act(long tenantId, long userId, long approvalId, Action action) {
		long taskId = this.approvalRecords.findById(approvalId).flatMap(Approval::openTask).orElseThrow().getId();
		this.approvals.act(new Viewer(tenantId, userId, null), taskId, action, null);
	}

	private long holder(long tenantId, String role, long unitId) {
		return this.access.holders(tenantId, role, unitId).stream().findFirst().map(UserSummary::id).orElseThrow();
	}

	private long unit(long tenantId, String code) {
		return this.org.unitByCode(tenantId, code).orElseThrow().id();
	}

}
