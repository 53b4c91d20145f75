package cn.houqin.approval.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.houqin.approval.domain.ApprovalQueries;

/**
 * The auditor's split-purchase report (化整为零): requests of one unit and type within 30
 * days that together pass a tier boundary each stays within.
 */
@Controller
class SplitReportController {

	static final List<Integer> PERIODS = List.of(30, 90, 180, 365);

	private final ApprovalQueries queries;

	private final Viewers viewers;

	SplitReportController(ApprovalQueries queries, Viewers viewers) {
		this.queries = queries;
		this.viewers = viewers;
	}

	@GetMapping("/approval/split-report")
	@PreAuthorize("hasAuthority('approval.report.view')")
	String report(@RequestParam(defaultValue = "90") int days, Model model) {
		model.addAttribute("days", days);
		model.addAttribute("periods", PERIODS);
		model.addAttribute("warnings", this.queries.splitReport(this.viewers.current(), days));
		return "approval/split-report";
	}

}
