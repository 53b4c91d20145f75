package cn.houqin.assets.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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

import cn.houqin.assets.AssetStatus;
import cn.houqin.assets.domain.AssetDraft;
import cn.houqin.assets.domain.AssetService;
import cn.houqin.assets.domain.AssetView;
import cn.houqin.assets.domain.AssetDamageService;
import cn.houqin.assets.domain.AssetMovementKind;
import cn.houqin.assets.domain.MovementRequest;
import cn.houqin.document.ExcelExport;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.Htmx;

/**
 * The register: list with search, filters, paging, sort and Excel export; the new-card
 * form; the card with its history and the movements it offers; and the movements waiting
 * for the user's confirmation.
 */
@Controller
class AssetController {

	private final AssetService assets;

	private final AssetDamageService damages;

	private final DataScopes scopes;

	private final Choices choices;

	private final MessageSource messages;

	AssetController(AssetService assets, AssetDamageService damages, DataScopes scopes, Choices choices,
			MessageSource messages) {
		this.assets = assets;
		this.damages = damages;
		this.scopes = scopes;
		this.choices = choices;
		this.messages = messages;
	}

	@GetMapping("/assets")
	@PreAuthorize("hasAuthority('assets.view')")
	String list(AssetFilter filter, Model model, HttpServletRequest request) {
		return list(filter, model, request, false);
	}

	@GetMapping("/assets/idle")
	@PreAuthorize("hasAuthority('assets.view')")
	String idle(AssetFilter filter, Model model, HttpServletRequest request) {
		filter.setStatus(AssetStatus.IDLE);
		return list(filter, model, request, true);
	}

	private String list(AssetFilter filter, Model model, HttpServletRequest request, boolean idle) {
		DataScope scope = this.scopes.forPermission(AssetService.VIEW);
		model.addAttribute("filter", filter);
		model.addAttribute("idle", idle);
		model.addAttribute("page", this.assets.list(scope, filter.query(), filter.pageable()));
		model.addAttribute("units", this.choices.units(scope));
		model.addAttribute("categories", this.choices.categories(scope.tenantId()));
		model.addAttribute("statuses", AssetStatus.values());
		model.addAttribute("currentPath", idle ? "/assets/idle" : "/assets");
		return Htmx.view(request, "assets/list", "results");
	}

	@GetMapping("/assets/export")
	@PreAuthorize("hasAuthority('assets.view')")
	void export(AssetFilter filter, HttpServletResponse response) throws IOException {
		DataScope scope = this.scopes.forPermission(AssetService.VIEW);
		List<AssetView> rows = this.assets.all(scope, filter.query(), filter.sortOnly(),
				LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"assets.xlsx\"");
		List<String> headers = List.of("资产编号", "资产名称", "分类代码", "分类", "规格型号", "序列号", "供应商", "购置日期", "原值", "累计折旧", "净值",
				"经费来源", "存放地点", "使用单位", "责任人", "状态");
		ExcelExport.write(response.getOutputStream(), "资产台账", headers,
				rows.stream()
					.map(a -> List.<Object>of(a.assetNo(), a.name(), a.categoryCode(), a.categoryName(),
							text(a.model()), text(a.serialNo()), text(a.supplier()), a.purchaseDate(),
							a.originalValue(), a.accumulatedDepreciation(), a.netBookValue(), text(a.fundingSource()),
							text(a.location()), text(a.unitName()), text(a.custodianName()), status(a.status()))));
	}

	private String status(AssetStatus status) {
		return this.messages.getMessage("assets.status." + status, null, status.name(),
				LocaleContextHolder.getLocale());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	@GetMapping("/assets/new")
	@PreAuthorize("hasAuthority('assets.manage')")
	String initCreationForm(Model model) {
		AssetForm form = new AssetForm();
		form.setUnitId(DataScopes.currentUser().unitId());
		model.addAttribute("assetForm", form);
		return form(model);
	}

	@PostMapping("/assets/new")
	@PreAuthorize("hasAuthority('assets.manage')")
	String processCreationForm(@Valid AssetForm assetForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DataScope scope = this.scopes.forPermission(AssetService.MANAGE);
		if (!result.hasErrors()) {
			try {
				Long custodian = this.choices.staffId(scope.tenantId(), assetForm.getCustodianNo(), "custodianNo");
				AssetView created = this.assets.create(scope,
						new AssetDraft(assetForm.getName(), assetForm.getCategoryCode(), assetForm.getModel(),
								assetForm.getSerialNo(), assetForm.getSupplier(), assetForm.getPurchaseDate(),
								assetForm.getOriginalValue(), assetForm.getFundingSource(), assetForm.getLocation(),
								assetForm.getUnitId(), custodian, null));
				redirect.addFlashAttribute("flashSuccess", "assets.flash.created");
				return "redirect:/assets/" + created.id();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model);
	}

	private String form(Model model) {
		DataScope scope = this.scopes.forPermission(AssetService.MANAGE);
		model.addAttribute("units", this.choices.units(scope));
		model.addAttribute("categories", this.choices.categories(scope.tenantId()));
		return "assets/form";
	}

	@GetMapping("/assets/{id}")
	@PreAuthorize("hasAuthority('assets.view')")
	String detail(@PathVariable long id, Model model) {
		if (!model.containsAttribute("movementForm")) {
			model.addAttribute("movementForm", new MovementForm());
		}
		return detailView(id, model);
	}

	private String detailView(long id, Model model) {
		DataScope scope = this.scopes.forPermission(AssetService.VIEW);
		AssetView asset = this.assets.view(scope, id);
		model.addAttribute("asset", asset);
		model.addAttribute("history", this.assets.history(scope, id));
		model.addAttribute("damages", this.damages.forAsset(scope, id));
		model.addAttribute("kinds", AssetMovementKind.values());
		model.addAttribute("units", this.choices.allUnits(scope.tenantId()));
		return "assets/detail";
	}

	@PostMapping("/assets/{id}/movements")
	@PreAuthorize("hasAuthority('assets.move')")
	String requestMovement(@PathVariable long id, @Valid MovementForm movementForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = DataScopes.currentUser();
		if (!result.hasErrors()) {
			try {
				Long toStaff = this.choices.staffId(user.tenantId(), movementForm.getToStaffNo(), "toStaffNo");
				this.assets.requestMovement(user, id,
						new MovementRequest(movementForm.getKind(), toStaff, movementForm.getToUnitId(),
								movementForm.getToLocation(), movementForm.getDueOn(), movementForm.getNote()));
				redirect.addFlashAttribute("flashSuccess", "assets.flash.movementRequested");
				return "redirect:/assets/" + id;
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("assets.error.changed");
			}
		}
		return detailView(id, model);
	}

	@PostMapping("/assets/{id}/status")
	@PreAuthorize("hasAuthority('assets.manage')")
	String changeStatus(@PathVariable long id, @RequestParam long version, @RequestParam AssetStatus status,
			RedirectAttributes redirect) {
		return act(redirect, "/assets/" + id,
				() -> this.assets.changeStatus(this.scopes.forPermission(AssetService.MANAGE), id, version, status));
	}

	@PostMapping("/assets/{id}/damages")
	@PreAuthorize("hasAuthority('assets.manage')")
	String recordDamage(@PathVariable long id, @RequestParam String responsibleNo,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
			@RequestParam String description, @RequestParam BigDecimal compensation,
			@RequestParam(required = false) String decision, RedirectAttributes redirect) {
		DataScope scope = this.scopes.forPermission(AssetService.MANAGE);
		return act(redirect, "/assets/" + id,
				() -> this.damages.record(scope, id,
						this.choices.staffId(scope.tenantId(), responsibleNo, "responsibleNo"), occurredOn, description,
						compensation, decision));
	}

	@PostMapping("/assets/damages/{id}/settle")
	@PreAuthorize("hasAuthority('assets.manage')")
	String settleDamage(@PathVariable long id, @RequestParam long assetId, RedirectAttributes redirect) {
		return act(redirect, "/assets/" + assetId,
				() -> this.damages.settle(this.scopes.forPermission(AssetService.MANAGE), id));
	}

	@GetMapping("/assets/awaiting")
	@PreAuthorize("isAuthenticated()")
	String awaiting(Model model) {
		model.addAttribute("movements", this.assets.awaiting(DataScopes.currentUser()));
		return "assets/awaiting";
	}

	@PostMapping("/assets/movements/{id}/{action:confirm|refuse|cancel}")
	@PreAuthorize("isAuthenticated()")
	String decide(@PathVariable long id, @PathVariable String action,
			@RequestParam(defaultValue = "/assets/awaiting") String back, RedirectAttributes redirect) {
		CurrentUser user = DataScopes.currentUser();
		String target = back.startsWith("/assets") ? back : "/assets/awaiting";
		return act(redirect, target, () -> {
			switch (action) {
				case "confirm" -> this.assets.confirm(user, id);
				case "refuse" -> this.assets.refuse(user, id);
				default -> this.assets.cancel(user, id);
			}
		});
	}

	private static String act(RedirectAttributes redirect, String target, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute("flashSuccess", "assets.flash.done");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashArgs", ex.arguments());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "assets.error.changed");
		}
		return "redirect:" + target;
	}

}
