package cn.houqin.approval.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.approval.ApprovalApi;
import cn.houqin.approval.RoutePreview;
import cn.houqin.approval.domain.ApprovalQueries;
import cn.houqin.approval.domain.ApprovalService;
import cn.houqin.approval.domain.ApprovalService.ActionResult;
import cn.houqin.approval.domain.ApprovalView;
import cn.houqin.approval.domain.InboxItem;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.PageResult;

@RestController
@RequestMapping("/api/v1/approval")
@Tag(name = "approval", description = "Approval routes, the inbox (待我审批) and actions on tasks")
class ApprovalApiController {

	private final ApprovalApi api;

	private final ApprovalQueries queries;

	private final ApprovalService approvals;

	private final Viewers viewers;

	ApprovalApiController(ApprovalApi api, ApprovalQueries queries, ApprovalService approvals, Viewers viewers) {
		this.api = api;
		this.queries = queries;
		this.approvals = approvals;
		this.viewers = viewers;
	}

	@GetMapping("/route-preview")
	@PreAuthorize("hasAnyAuthority('approval.request.create', 'approval.task.act', 'approval.policy.manage')")
	@Operation(summary = "The route a document would take: steps with role (LOGISTICS_HEAD…), unit and person, "
			+ "or allowed=false with the reason; unitId defaults to the caller's unit")
	RoutePreview preview(@RequestParam String documentType, @RequestParam BigDecimal amount,
			@RequestParam(required = false) Long unitId) {
		CurrentUser user = DataScopes.currentUser();
		Long unit = unitId != null ? unitId : user.unitId();
		if (unit == null) {
			throw new BusinessRuleException("unitId", "approval.general.error.noUnit");
		}
		return this.api.preview(user.tenantId(), documentType, amount, unit, user.userId());
	}

	@GetMapping("/inbox")
	@PreAuthorize("hasAuthority('approval.task.act')")
	@Operation(summary = "Open tasks of the caller and of those who delegated to them: type, age (days), "
			+ "sort (opened, amount, type), page, size")
	PageResult<InboxItem> inbox(InboxFilter filter) {
		CurrentUser user = DataScopes.currentUser();
		return this.queries.inbox(user.tenantId(), user.userId(), filter.getType(), filter.getAge(), filter.pageable());
	}

	@GetMapping("/tasks/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "A task's approval with route, history, findings and attachments; 404 when not visible")
	ApprovalView task(@PathVariable long id) {
		return this.queries.task(this.viewers.current(), id).approval();
	}

	@PostMapping("/tasks/{id}/{action:approve|reject|return}")
	@PreAuthorize("hasAuthority('approval.task.act')")
	@Operation(summary = "Approve, reject (reason required) or return (reason required) a task; collective steps "
			+ "need meetingDate and minutesRef; 422 when someone else handled it already")
	ActionResult act(@PathVariable long id, @PathVariable String action,
			@RequestBody(required = false) ActionRequest body) {
		ActionRequest request = body == null ? new ActionRequest(null, null, null, null) : body;
		return this.approvals.act(this.viewers.current(), id, request.toAction(Decisions.of(action)), null);
	}

}
