package cn.houqin.assets.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.houqin.assets.domain.AssetService;
import cn.houqin.assets.domain.AssetView;
import cn.houqin.document.PdfApi;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;

/**
 * Printable QR label sheets: each code holds the absolute URL of the card's phone page
 * ({@code /assets/scan/{assetNo}}). Chosen cards by id, or every card of the current
 * register filter; as a print page or a PDF.
 */
@Controller
class LabelController {

	static final int MAX_LABELS = 500;

	static final double MODULE_MM = 0.8;

	private final AssetService assets;

	private final DataScopes scopes;

	private final QrCodes codes;

	private final PdfApi pdf;

	LabelController(AssetService assets, DataScopes scopes, QrCodes codes, PdfApi pdf) {
		this.assets = assets;
		this.scopes = scopes;
		this.codes = codes;
		this.pdf = pdf;
	}

	@GetMapping("/assets/labels")
	@PreAuthorize("hasAuthority('assets.view')")
	String labels(@RequestParam(required = false) List<Long> ids, AssetFilter filter, Model model) {
		Map<String, Object> values = model(ids, filter);
		model.addAllAttributes(values);
		String query = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
		model.addAttribute("pdfUrl", "/assets/labels.pdf" + (query == null ? "" : "?" + query));
		model.addAttribute("backUrl", "/assets");
		return "assets/labels";
	}

	@GetMapping("/assets/labels.pdf")
	@PreAuthorize("hasAuthority('assets.view')")
	ResponseEntity<byte[]> labelsPdf(@RequestParam(required = false) List<Long> ids, AssetFilter filter) {
		byte[] file = this.pdf.render("assets/labels", model(ids, filter), LocaleContextHolder.getLocale());
		return PdfApi.inline(file, "asset-labels.pdf");
	}

	private Map<String, Object> model(List<Long> ids, AssetFilter filter) {
		DataScope scope = this.scopes.forPermission(AssetService.VIEW);
		List<AssetView> chosen = ids != null && !ids.isEmpty()
				? ids.stream().limit(MAX_LABELS).map(id -> this.assets.view(scope, id)).toList()
				: this.assets.all(scope, filter.query(), filter.sortOnly(), java.time.LocalDate.now())
					.stream()
					.limit(MAX_LABELS)
					.toList();
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<Label> labels = chosen.stream().map(a -> {
			String url = base + "/assets/scan/" + a.assetNo();
			return new Label(a, url, this.codes.dataUri(url), this.codes.rows(url, MODULE_MM));
		}).toList();
		Map<String, Object> model = new HashMap<>();
		model.put("labels", labels);
		model.put("printedAt", Instant.now());
		return model;
	}

	/**
	 * One label.
	 *
	 * @param asset the card
	 * @param url the phone page its code opens
	 * @param qr the code as a PNG data URI
	 * @param rows the code as runs of modules, for the PDF
	 */
	record Label(AssetView asset, String url, String qr, List<List<QrCodes.Run>> rows) {
	}

}
