package cn.houqin.supplies.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.Htmx;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemFilter;
import cn.houqin.supplies.domain.RequisitionFilter;
import cn.houqin.supplies.domain.RequisitionService;
import cn.houqin.supplies.domain.RequisitionStatus;
import cn.houqin.supplies.domain.RequisitionView;
import cn.houqin.supplies.domain.StockPolicy;

/**
 * Requisition pages: the list (own ones, or the keeper's queue), the form, the detail
 * with issue, confirm-receipt and cancel.
 */
@Controller
class RequisitionController {

	private static final String LIST = "supplies/requisitions";

	private final RequisitionService requisitions;

	private final CatalogueService catalogue;

	private final Actors actors;

	private final Flash flash;

	RequisitionController(RequisitionService requisitions, CatalogueService catalogue, Actors actors, Flash flash) {
		this.requisitions = requisitions;
		this.catalogue = catalogue;
		this.actors = actors;
		this.flash = flash;
	}

	@GetMapping("/supplies/requisitions")
	@PreAuthorize("hasAnyAuthority('supplies.requisition.create', 'supplies.store.manage')")
	String list(@RequestParam(required = false) RequisitionStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		model.addAttribute("page",
				this.requisitions.list(this.actors.store(), new RequisitionFilter(q, status, null, null, mine, false),
						PageRequest.of(page == null ? 0 : Math.max(page, 0), 20, Sort.by(Sort.Direction.DESC, "id"))));
		model.addAttribute("statuses", RequisitionStatus.values());
		return Htmx.view(request, LIST, "results");
	}

	@GetMapping("/supplies/requisitions/new")
	@PreAuthorize("hasAuthority('supplies.requisition.create')")
	String initCreationForm(Model model) {
		model.addAttribute("requisitionForm", LinesForm.withBlankLines(3));
		return form(model);
	}

	@PostMapping("/supplies/requisitions/new")
	@PreAuthorize("hasAuthority('supplies.requisition.create')")
	String processCreationForm(@ModelAttribute("requisitionForm") LinesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				RequisitionView created = this.requisitions.submit(this.actors.store(), form.toRequisition());
				redirect.addFlashAttribute("flashSuccess", created.status() == RequisitionStatus.PENDING_APPROVAL
						? "supplies.flash.requisitionNeedsApproval" : "supplies.flash.requisitionSubmitted");
				return "redirect:/supplies/requisitions/" + created.id();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model);
	}

	private String form(Model model) {
		model.addAttribute("items", this.catalogue.all(this.actors.store().tenantId(),
				new ItemFilter(null, null, StockPolicy.STOCKED, false)));
		return "supplies/requisition-form";
	}

	@GetMapping("/supplies/requisitions/{id}")
	@PreAuthorize("hasAnyAuthority('supplies.requisition.create', 'supplies.store.manage')")
	String show(@PathVariable long id, Model model) {
		var actor = this.actors.store();
		RequisitionView view = this.requisitions.view(actor, id);
		model.addAttribute("r", view);
		model.addAttribute("isRecipient", view.requesterUserId() == actor.userId());
		return "supplies/requisition";
	}

	@PostMapping("/supplies/requisitions/{id}/issue")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	String issue(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "supplies.flash.issued", () -> this.requisitions.issue(this.actors.store(), id));
	}

	@PostMapping("/supplies/requisitions/{id}/confirm-receipt")
	@PreAuthorize("hasAuthority('supplies.requisition.create')")
	String confirm(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "supplies.flash.confirmed",
				() -> this.requisitions.confirmReceipt(this.actors.store(), id));
	}

	@PostMapping("/supplies/requisitions/{id}/cancel")
	@PreAuthorize("hasAnyAuthority('supplies.requisition.create', 'supplies.store.manage')")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "supplies.flash.cancelled", () -> this.requisitions.cancel(this.actors.store(), id));
	}

	private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", success);
		}
		catch (BusinessRuleException ex) {
			this.flash.error(redirect, ex);
		}
		return "redirect:/supplies/requisitions/" + id;
	}

}
