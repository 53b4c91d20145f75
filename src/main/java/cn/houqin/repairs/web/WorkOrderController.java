package cn.houqin.repairs.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.document.PdfApi;
import cn.houqin.repairs.domain.AlreadyTakenException;
import cn.houqin.repairs.domain.Materials;
import cn.houqin.repairs.domain.PhotoContent;
import cn.houqin.repairs.domain.Urgency;
import cn.houqin.repairs.domain.WorkOrderQueries;
import cn.houqin.repairs.domain.WorkOrderService;
import cn.houqin.repairs.domain.WorkOrderView;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.supplies.SuppliesApi.IssueMaterials;

/**
 * One work order and its named state changes: accept, assign, adjust urgency, take,
 * start, complete, confirm with a rating, reopen, materials and contractor.
 */
@Controller
class WorkOrderController {

	private static final String ANY = "hasAuthority('repairs.report') or hasAuthority('repairs.work') or hasAuthority('repairs.dispatch')";

	private final WorkOrderService service;

	private final WorkOrderQueries queries;

	private final Materials materials;

	private final PdfApi pdf;

	WorkOrderController(WorkOrderService service, WorkOrderQueries queries, Materials materials, PdfApi pdf) {
		this.service = service;
		this.queries = queries;
		this.materials = materials;
		this.pdf = pdf;
	}

	@GetMapping("/repairs/work-orders/{id}")
	@PreAuthorize(ANY)
	String detail(@PathVariable long id, Model model) {
		CurrentUser user = DataScopes.currentUser();
		WorkOrderView view = this.queries.view(user, id);
		model.addAttribute("order", view);
		model.addAttribute("duplicates", this.queries.duplicates(user, id));
		model.addAttribute("reopenable", view.reopenable(Instant.now()));
		model.addAttribute("isReporter", view.reporterUserId() == user.userId());
		model.addAttribute("isAssignee", view.assigneeUserId() != null && view.assigneeUserId() == user.userId());
		model.addAttribute("canDispatch", user.can(WorkOrderQueries.DISPATCH));
		model.addAttribute("canWork", user.can(WorkOrderQueries.WORK));
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("contractorLimit", this.service.contractorLimit(user.tenantId()));
		if (user.can(WorkOrderQueries.DISPATCH) && view.status().open()) {
			model.addAttribute("technicians", this.service.candidates(user.tenantId(), view.unitId(), view.category()));
		}
		if (view.status().open()) {
			model.addAttribute("stockedItems", this.materials.stockedItems(user.tenantId(), ""));
		}
		return "repairs/detail";
	}

	/** The work order slip (派工单) to print and sign. */
	@GetMapping("/repairs/work-orders/{id}/pdf")
	@PreAuthorize(ANY)
	ResponseEntity<byte[]> slip(@PathVariable long id) {
		WorkOrderView view = this.queries.view(DataScopes.currentUser(), id);
		byte[] file = this.pdf.render("repairs/slip", java.util.Map.of("order", view, "printedAt", Instant.now()),
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
		return PdfApi.inline(file, "派工单_" + view.orderNo() + ".pdf");
	}

	@GetMapping("/repairs/work-orders/{id}/photos/{photoId}")
	@PreAuthorize(ANY)
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		PhotoContent photo = this.queries.photo(DataScopes.currentUser(), id, photoId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.content());
	}

	@PostMapping("/repairs/work-orders/{id}/accept")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	String accept(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "repairs.flash.accepted",
				() -> this.service.accept(DataScopes.currentUser(), id, version));
	}

	@PostMapping("/repairs/work-orders/{id}/assign")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	String assign(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Long technicianUserId, RedirectAttributes redirect) {
		return act(id, redirect, "repairs.flash.assigned", () -> {
			if (technicianUserId == null) {
				throw new BusinessRuleException("technicianUserId", "repairs.error.technician");
			}
			return this.service.assign(DataScopes.currentUser(), id, version, technicianUserId);
		});
	}

	@PostMapping("/repairs/work-orders/{id}/urgency")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	String urgency(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Urgency urgency,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, "repairs.flash.urgency",
				() -> this.service.adjustUrgency(DataScopes.currentUser(), id, version, urgency, reason));
	}

	@PostMapping("/repairs/work-orders/{id}/take")
	@PreAuthorize("hasAuthority('repairs.work')")
	String take(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "repairs.flash.taken", () -> this.service.take(DataScopes.currentUser(), id));
	}

	@PostMapping("/repairs/work-orders/{id}/start")
	@PreAuthorize("hasAuthority('repairs.work')")
	String start(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, "repairs.flash.started",
				() -> this.service.start(DataScopes.currentUser(), id, version));
	}

	@PostMapping("/repairs/work-orders/{id}/complete")
	@PreAuthorize("hasAuthority('repairs.work')")
	String complete(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) BigDecimal labourHours, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, "repairs.flash.completed",
				() -> this.service.complete(DataScopes.currentUser(), id, version, labourHours, note));
	}

	@PostMapping("/repairs/work-orders/{id}/confirm")
	@PreAuthorize("hasAuthority('repairs.report')")
	String confirm(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Integer rating,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return act(id, redirect, "repairs.flash.confirmed",
				() -> this.service.confirm(DataScopes.currentUser(), id, version, rating, comment));
	}

	@PostMapping("/repairs/work-orders/{id}/reopen")
	@PreAuthorize("hasAuthority('repairs.report')")
	String reopen(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "repairs.flash.reopened",
				() -> this.service.reopen(DataScopes.currentUser(), id, version, reason));
	}

	@PostMapping("/repairs/work-orders/{id}/contractor")
	@PreAuthorize("hasAuthority('repairs.work') or hasAuthority('repairs.dispatch')")
	String contractor(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String contractorName,
			@RequestParam(required = false) BigDecimal contractorCost, RedirectAttributes redirect) {
		return act(id, redirect, "repairs.flash.contractor", () -> this.service
			.engageContractor(DataScopes.currentUser(), id, version, contractorName, contractorCost));
	}

	@PostMapping("/repairs/work-orders/{id}/materials")
	@PreAuthorize("hasAuthority('repairs.work') or hasAuthority('repairs.dispatch')")
	String materials(@PathVariable long id, @RequestParam(required = false) Long itemId,
			@RequestParam(required = false) BigDecimal quantity, RedirectAttributes redirect) {
		return act(id, redirect, "repairs.flash.materials", () -> {
			if (itemId == null) {
				throw new BusinessRuleException("itemId", "repairs.error.item");
			}
			return this.service.issueMaterials(DataScopes.currentUser(), id,
					List.of(new IssueMaterials.Line(itemId, quantity)));
		});
	}

	private String act(long id, RedirectAttributes redirect, String success, Command command) {
		try {
			command.run();
			redirect.addFlashAttribute("flashSuccess", success);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		catch (AlreadyTakenException ex) {
			redirect.addFlashAttribute("flashError", "repairs.error.taken");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "repairs.error.changed");
		}
		return "redirect:/repairs/work-orders/" + id;
	}

	@FunctionalInterface
	interface Command {

		WorkOrderView run();

	}

}
