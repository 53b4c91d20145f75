package cn.houqin.standards.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.standards.RuleKind;
import cn.houqin.standards.StandardSubject;
import cn.houqin.standards.domain.Rounding;
import cn.houqin.standards.domain.RuleView;
import cn.houqin.standards.domain.SetView;
import cn.houqin.standards.domain.StandardsCatalogue;
import cn.houqin.standards.domain.StandardsEditor;

/**
 * Rule pages: revise a rule's limit from a date (a national rule gets the tenant's own
 * version), add a rule to a local set, remove one of the tenant's versions.
 */
@Controller
class StandardRuleController {

	private static final String REDIRECT_LIST = "redirect:/standards";

	private final StandardsEditor editor;

	private final StandardsCatalogue catalogue;

	private final Managers managers;

	StandardRuleController(StandardsEditor editor, StandardsCatalogue catalogue, Managers managers) {
		this.editor = editor;
		this.catalogue = catalogue;
		this.managers = managers;
	}

	@GetMapping("/standards/rules/{id}/edit")
	@PreAuthorize("hasAuthority('standards.manage')")
	String initRevisionForm(@PathVariable long id, Model model) {
		RuleView rule = this.catalogue.rule(this.managers.tenantId(), id);
		model.addAttribute("revisionForm", RevisionForm.of(rule));
		return revisionForm(model, rule, localSets());
	}

	@PostMapping("/standards/rules/{id}/edit")
	@PreAuthorize("hasAuthority('standards.manage')")
	String processRevisionForm(@PathVariable long id, @Valid RevisionForm revisionForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		RuleView rule = this.catalogue.rule(this.managers.tenantId(), id);
		if (!result.hasErrors()) {
			try {
				long version = revisionForm.getVersion() == null ? -1 : revisionForm.getVersion();
				this.editor.reviseRule(this.managers.scope(), id, version, revisionForm.toRevision());
				redirect.addFlashAttribute("flashSuccess", "flash.saved");
				return REDIRECT_LIST;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("standards.error.changed");
			}
		}
		return revisionForm(model, rule, localSets());
	}

	@GetMapping("/standards/sets/{setId}/rules/new")
	@PreAuthorize("hasAuthority('standards.manage')")
	String initRuleForm(@PathVariable long setId, Model model) {
		SetView set = this.catalogue.set(this.managers.tenantId(), setId);
		RuleForm form = new RuleForm();
		form.setEffectiveFrom(set.effectiveOn());
		model.addAttribute("ruleForm", form);
		return ruleForm(model, set);
	}

	@PostMapping("/standards/sets/{setId}/rules/new")
	@PreAuthorize("hasAuthority('standards.manage')")
	String processRuleForm(@PathVariable long setId, @Valid RuleForm ruleForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		SetView set = this.catalogue.set(this.managers.tenantId(), setId);
		if (!result.hasErrors()) {
			try {
				this.editor.addRule(this.managers.scope(), setId, ruleForm.getCode(), ruleForm.toTerms());
				redirect.addFlashAttribute("flashSuccess", "flash.created");
				return REDIRECT_LIST;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return ruleForm(model, set);
	}

	@PostMapping("/standards/rules/{id}/delete")
	@PreAuthorize("hasAuthority('standards.manage')")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			this.editor.deleteRule(this.managers.scope(), id, version == null ? -1 : version);
			redirect.addFlashAttribute("flashSuccess", "standards.rule.deleted");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "standards.error.changed");
		}
		return REDIRECT_LIST;
	}

	private String revisionForm(Model model, RuleView rule, List<SetView> localSets) {
		model.addAttribute("rule", rule);
		model.addAttribute("localSets", localSets);
		return "standards/rule-revise";
	}

	private String ruleForm(Model model, SetView set) {
		if (!set.local()) {
			throw new BusinessRuleException("standards.set.error.national");
		}
		model.addAttribute("set", set);
		model.addAttribute("subjects", StandardSubject.values());
		model.addAttribute("kinds", RuleKind.values());
		model.addAttribute("roundings", Rounding.values());
		return "standards/rule-form";
	}

	private List<SetView> localSets() {
		return this.catalogue.sets(this.managers.tenantId()).stream().filter(SetView::local).toList();
	}

}
