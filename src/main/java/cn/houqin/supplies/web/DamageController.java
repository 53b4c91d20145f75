package cn.houqin.supplies.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import cn.houqin.document.ExcelExport;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.Htmx;
import cn.houqin.shared.web.Paging;
import cn.houqin.supplies.domain.Actor;
import cn.houqin.supplies.domain.DamageDraft;
import cn.houqin.supplies.domain.DamageFilter;
import cn.houqin.supplies.domain.DamageService;
import cn.houqin.supplies.domain.DamageView;

/**
 * Damage through misuse (篇8 第八条) pages: the list with search, filters, paging and Excel,
 * the form, and the detail where the compensation is decided. The store keeper's scope
 * decides which units' records are seen.
 */
@Controller
class DamageController {

	private static final Map<String, String> SORT = Map.of("damagedOn", "damagedOn", "loss", "loss");

	private final DamageService damages;

	private final OrgApi org;

	private final Actors actors;

	private final MessageSource messages;

	DamageController(DamageService damages, OrgApi org, Actors actors, MessageSource messages) {
		this.damages = damages;
		this.org = org;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/supplies/damages")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean decided,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) String sort,
			HttpServletRequest request, Model model) {
		model.addAttribute("page", this.damages.page(this.actors.store(), new DamageFilter(q, decided, from, to),
				Paging.of(page, null, sort, SORT, Sort.by(Sort.Direction.DESC, "damagedOn", "id"))));
		return Htmx.view(request, "supplies/damages", "results");
	}

	@GetMapping("/supplies/damages/export")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean decided,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		List<DamageView> rows = this.damages.export(this.actors.store(), new DamageFilter(q, decided, from, to));
		String title = text("supplies.damage.list");
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
		ExcelExport.write(response.getOutputStream(), title,
				List.of(text("supplies.damage.damagedOn"), text("supplies.damage.responsible"),
						text("supplies.damage.subject"), text("supplies.damage.description"),
						text("supplies.damage.loss"), text("supplies.damage.compensation"),
						text("supplies.damage.decision")),
				rows.stream()
					.map(d -> java.util.Arrays.<Object>asList(d.damagedOn(), d.responsibleName(), d.subject(),
							d.description(), d.loss(), d.compensation(), d.decision())));
	}

	@GetMapping("/supplies/damages/new")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	String initCreationForm(Model model) {
		DamageForm form = new DamageForm();
		form.setDamagedOn(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		model.addAttribute("damageForm", form);
		return "supplies/damage-form";
	}

	@PostMapping("/supplies/damages/new")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	String processCreationForm(@ModelAttribute("damageForm") DamageForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			Actor actor = this.actors.store();
			Long staffId = form.getEmployeeNo() == null || form.getEmployeeNo().isBlank() ? null
					: this.org.staffByEmployeeNo(actor.tenantId(), form.getEmployeeNo().trim())
						.map(StaffSummary::id)
						.orElse(null);
			try {
				if (staffId == null) {
					throw new BusinessRuleException("employeeNo", "supplies.damage.error.unknownStaff");
				}
				DamageView saved = this.damages.record(actor, new DamageDraft(staffId, form.getSubject(),
						form.getDescription(), form.getDamagedOn(), form.getLoss()));
				redirect.addFlashAttribute("flashSuccess", "supplies.flash.damageRecorded");
				return "redirect:/supplies/damages/" + saved.id();
			}
			catch (BusinessRuleException ex) {
				if ("responsibleStaffId".equals(ex.field())) {
					result.rejectValue("employeeNo", ex.messageKey(), ex.arguments(), null);
				}
				else {
					FormErrors.reject(result, ex);
				}
			}
		}
		return "supplies/damage-form";
	}

	@GetMapping("/supplies/damages/{id}")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("d", this.damages.view(this.actors.store(), id));
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new DecisionForm());
		}
		return "supplies/damage";
	}

	@PostMapping("/supplies/damages/{id}/decision")
	@PreAuthorize("hasAuthority('supplies.store.manage')")
	String decide(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.damages.decide(this.actors.store(), id, form.getCompensation(), form.getDecision());
				redirect.addFlashAttribute("flashSuccess", "supplies.flash.damageDecided");
				return "redirect:/supplies/damages/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("d", this.damages.view(this.actors.store(), id));
		return "supplies/damage";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
