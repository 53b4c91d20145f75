package cn.houqin.audit.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.houqin.audit.AuditActions;
import cn.houqin.audit.AuditApi;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.Htmx;
import cn.houqin.shared.web.NotFoundException;

/**
 * The auditor's pages: search the trail, look at one entry's changes, verify the chain.
 * The trail is read-only here as everywhere.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

	static final List<String> ACTIONS = List.of(AuditActions.CREATE, AuditActions.UPDATE, AuditActions.DELETE,
			AuditActions.LOGIN_SUCCESS, AuditActions.LOGIN_FAILURE, AuditActions.LOGOUT, AuditActions.PASSWORD_RESET,
			AuditActions.VERIFY);

	private final AuditApi audit;

	AuditController(AuditApi audit) {
		this.audit = audit;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('audit.trail.view')")
	String list(@ModelAttribute("filters") AuditFilter filters, BindingResult binding, HttpServletRequest request,
			Model model) {
		long tenantId = DataScopes.currentUser().tenantId();
		model.addAttribute("page", this.audit.search(tenantId, filters.toQuery(), filters.getPage(), filters.getSize(),
				filters.getSort()));
		model.addAttribute("actions", ACTIONS);
		model.addAttribute("zone", AuditFilter.ZONE.getId());
		return Htmx.view(request, "audit/list", "results");
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('audit.trail.view')")
	String detail(@PathVariable long id, Model model) {
		long tenantId = DataScopes.currentUser().tenantId();
		model.addAttribute("entry",
				this.audit.entry(tenantId, id).orElseThrow(() -> new NotFoundException("AuditEntry", id)));
		model.addAttribute("zone", AuditFilter.ZONE.getId());
		return "audit/detail";
	}

	@GetMapping("/verify")
	@PreAuthorize("hasAuthority('audit.trail.verify')")
	String verifyPage() {
		return "audit/verify";
	}

	@PostMapping("/verify")
	@PreAuthorize("hasAuthority('audit.trail.verify')")
	String verify(HttpServletRequest request, Model model) {
		model.addAttribute("result", this.audit.verify(DataScopes.currentUser().tenantId()));
		return Htmx.view(request, "audit/verify", "result");
	}

}
