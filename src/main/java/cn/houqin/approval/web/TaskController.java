package cn.houqin.approval.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.approval.domain.ApprovalQueries;
import cn.houqin.approval.domain.ApprovalQueries.AttachmentFile;
import cn.houqin.approval.domain.ApprovalService;
import cn.houqin.approval.DocumentLink;
import cn.houqin.approval.domain.ApprovalQueries.TaskPage;
import cn.houqin.approval.domain.ApprovalService.ActionResult;
import cn.houqin.approval.domain.Decision;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * The task page (document summary, findings, split warning, route with history, actions)
 * and the approval page, the actions themselves and attachment downloads.
 */
@Controller
class TaskController {

	private final ApprovalQueries queries;

	private final ApprovalService approvals;

	private final Viewers viewers;

	private final Map<String, DocumentLink> links;

	TaskController(ApprovalQueries queries, ApprovalService approvals, Viewers viewers, List<DocumentLink> links) {
		this.queries = queries;
		this.approvals = approvals;
		this.viewers = viewers;
		this.links = links.stream().collect(Collectors.toMap(DocumentLink::documentType, Function.identity()));
	}

	@GetMapping("/approval/tasks/{id}")
	@PreAuthorize("isAuthenticated()")
	String task(@PathVariable long id, Model model) {
		return detail(this.queries.task(this.viewers.current(), id), model);
	}

	@GetMapping("/approval/{id}")
	@PreAuthorize("isAuthenticated()")
	String approval(@PathVariable long id, Model model) {
		return detail(this.queries.approval(this.viewers.current(), id), model);
	}

	private String detail(TaskPage view, Model model) {
		model.addAttribute("view", view);
		DocumentLink link = this.links.get(view.approval().documentType());
		model.addAttribute("documentPath", link == null ? null : link.pathOf(view.approval().documentId()));
		return "approval/detail";
	}

	@PostMapping("/approval/tasks/{id}/{action:approve|reject|return}")
	@PreAuthorize("hasAuthority('approval.task.act')")
	String act(@PathVariable long id, @PathVariable String action, ActionForm form, RedirectAttributes redirect) {
		Decision decision = Decisions.of(action);
		try {
			ActionResult result = this.approvals.act(this.viewers.current(), id, form.toAction(decision),
					form.upload());
			redirect.addFlashAttribute("flashSuccess", "approval.flash." + action);
			return "redirect:/approval/" + result.approvalId();
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
			return "redirect:/approval/tasks/" + id;
		}
	}

	@GetMapping("/approval/attachments/{id}")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> attachment(@PathVariable long id) {
		AttachmentFile file = this.queries.attachment(this.viewers.current(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
