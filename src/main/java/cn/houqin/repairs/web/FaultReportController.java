package cn.houqin.repairs.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.assets.AssetsApi;
import cn.houqin.repairs.domain.Category;
import cn.houqin.repairs.domain.PhotoUpload;
import cn.houqin.repairs.domain.WorkOrderQueries;
import cn.houqin.repairs.domain.WorkOrderService;
import cn.houqin.repairs.domain.WorkOrderView;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.FormErrors;
import cn.houqin.shared.web.Htmx;
import cn.houqin.shared.web.Paging;

/**
 * Reporting a fault from a phone (location or scanned asset, category, description,
 * photos, safety and core-work flags) and the reporter's own list.
 */
@Controller
class FaultReportController {

	private static final String FORM = "repairs/report";

	private static final int MAX_PHOTOS = 5;

	private final WorkOrderService service;

	private final WorkOrderQueries queries;

	private final AssetsApi assets;

	FaultReportController(WorkOrderService service, WorkOrderQueries queries, AssetsApi assets) {
		this.service = service;
		this.queries = queries;
		this.assets = assets;
	}

	@ModelAttribute("categories")
	Category[] categories() {
		return Category.values();
	}

	@GetMapping("/repairs/report")
	@PreAuthorize("hasAuthority('repairs.report')")
	String initCreationForm(@RequestParam(required = false) Long assetId, Model model) {
		ReportForm form = new ReportForm();
		form.setAssetId(assetId);
		if (assetId != null) {
			// a scanned label names an asset of the tenant; an unknown one is an error,
			// not a blank form
			AssetsApi.AssetSummary asset = this.assets.asset(DataScopes.currentUser().tenantId(), assetId)
				.orElseThrow(() -> new NotFoundException("Asset", assetId));
			form.setLocation(asset.location());
		}
		model.addAttribute("reportForm", form);
		return form(model, assetId);
	}

	@PostMapping("/repairs/report")
	@PreAuthorize("hasAuthority('repairs.report')")
	String processCreationForm(@Valid ReportForm reportForm, BindingResult result,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
			RedirectAttributes redirect) throws IOException {
		if (!result.hasErrors()) {
			try {
				WorkOrderView view = this.service.report(DataScopes.currentUser(), reportForm.toReport(),
						uploads(photos));
				redirect.addFlashAttribute("flashSuccess",
						view.duplicateOfId() == null ? "repairs.flash.reported" : "repairs.flash.linked");
				return "redirect:/repairs/work-orders/" + view.id();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return form(model, reportForm.getAssetId());
	}

	@GetMapping("/repairs/mine")
	@PreAuthorize("hasAuthority('repairs.report')")
	String mine(@RequestParam(required = false) Integer page, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		CurrentUser user = DataScopes.currentUser();
		model.addAttribute("page", this.queries.myReports(user,
				Paging.of(page, null, null, java.util.Map.of(), Sort.by(Sort.Direction.DESC, "reportedAt", "id"))));
		return Htmx.view(request, "repairs/mine", "results");
	}

	private String form(Model model, Long assetId) {
		if (assetId != null) {
			this.assets.asset(DataScopes.currentUser().tenantId(), assetId)
				.ifPresent(a -> model.addAttribute("asset", a));
		}
		return FORM;
	}

	private static List<PhotoUpload> uploads(List<MultipartFile> photos) throws IOException {
		List<PhotoUpload> uploads = new ArrayList<>();
		if (photos == null) {
			return uploads;
		}
		for (MultipartFile photo : photos) {
			if (photo.isEmpty()) {
				continue;
			}
			if (uploads.size() == MAX_PHOTOS) {
				throw new BusinessRuleException("photos", "repairs.error.photoCount", MAX_PHOTOS);
			}
			if (photo.getSize() > PhotoUpload.MAX_BYTES) {
				throw new BusinessRuleException("photos", "repairs.error.photoSize",
						PhotoUpload.MAX_BYTES / 1024 / 1024);
			}
			uploads.add(new PhotoUpload(photo.getOriginalFilename(), photo.getContentType(), photo.getBytes()));
		}
		return uploads;
	}

}
