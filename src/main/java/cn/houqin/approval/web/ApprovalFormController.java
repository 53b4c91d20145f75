package cn.houqin.approval.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.houqin.approval.domain.ApprovalQueries;
import cn.houqin.approval.domain.ApprovalView;
import cn.houqin.document.PdfApi;

/**
 * The approval form (审批单) as the paper form: a PDF with every step's role, person,
 * decision, comment and time, and the same page as a browser print view. Visible to
 * whoever may see the approval (others get 404).
 */
@Controller
class ApprovalFormController {

	static final String VIEW = "approval/pdf";

	private final ApprovalQueries queries;

	private final Viewers viewers;

	private final PdfApi pdf;

	ApprovalFormController(ApprovalQueries queries, Viewers viewers, PdfApi pdf) {
		this.queries = queries;
		this.viewers = viewers;
		this.pdf = pdf;
	}

	@GetMapping("/approval/{id}/pdf")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		byte[] file = this.pdf.render(VIEW, form(id), LocaleContextHolder.getLocale());
		return PdfApi.inline(file, "审批单_" + id + ".pdf");
	}

	@GetMapping("/approval/{id}/print")
	@PreAuthorize("isAuthenticated()")
	String printView(@PathVariable long id, Model model) {
		model.addAllAttributes(form(id));
		model.addAttribute("pdfUrl", "/approval/" + id + "/pdf");
		model.addAttribute("backUrl", "/approval/" + id);
		return VIEW;
	}

	private Map<String, Object> form(long id) {
		ApprovalView approval = this.queries.approval(this.viewers.current(), id).approval();
		Map<String, Object> model = new HashMap<>();
		model.put("a", approval);
		model.put("printedAt", Instant.now());
		return model;
	}

}
