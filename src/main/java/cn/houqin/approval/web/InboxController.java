package cn.houqin.approval.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import cn.houqin.approval.domain.ApprovalQueries;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.Htmx;

/**
 * "待我审批" and "我的申请": the reader's open tasks, filtered by type and age, and the approvals
 * they submitted.
 */
@Controller
class InboxController {

	static final List<Integer> AGES = List.of(1, 3, 7, 30);

	private final ApprovalQueries queries;

	InboxController(ApprovalQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/approval/inbox")
	@PreAuthorize("hasAuthority('approval.task.act')")
	String inbox(@ModelAttribute("filter") InboxFilter filter, Model model, HttpServletRequest request) {
		CurrentUser user = DataScopes.currentUser();
		model.addAttribute("page", this.queries.inbox(user.tenantId(), user.userId(), filter.getType(), filter.getAge(),
				filter.pageable()));
		model.addAttribute("types", this.queries.inboxTypes(user.tenantId(), user.userId()));
		model.addAttribute("ages", AGES);
		return Htmx.view(request, "approval/inbox", "results");
	}

	@GetMapping("/approval/mine")
	@PreAuthorize("hasAuthority('approval.request.create')")
	String mine(@RequestParam(required = false) Integer page, Model model, HttpServletRequest request) {
		CurrentUser user = DataScopes.currentUser();
		model.addAttribute("page", this.queries.mine(user.tenantId(), user.userId(),
				PageRequest.of(page == null || page < 0 ? 0 : page, 20, Sort.by(Sort.Direction.DESC, "submittedAt"))));
		return Htmx.view(request, "approval/mine", "results");
	}

}
