package cn.houqin.supplies.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;

import cn.houqin.document.PdfApi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.houqin.document.ExcelExport;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemFilter;
import cn.houqin.supplies.domain.ReportRow;
import cn.houqin.supplies.domain.ReportService;
import cn.houqin.supplies.domain.ReportService.Grouping;

/**
 * Supplies reports: consumption by unit, person, category or month; spend by month; price
 * history of an item; slow movers — on screen, as Excel and as PDF.
 */
@Controller
class ReportController {

	private final ReportService reports;

	private final CatalogueService catalogue;

	private final MessageSource messages;

	private final PdfApi pdf;

	private final DataScopes scopes;

	ReportController(ReportService reports, CatalogueService catalogue, MessageSource messages, PdfApi pdf,
			DataScopes scopes) {
		this.scopes = scopes;
		this.reports = reports;
		this.catalogue = catalogue;
		this.messages = messages;
		this.pdf = pdf;
	}

	@GetMapping("/supplies/reports")
	@PreAuthorize("hasAuthority('supplies.report.view')")
	String show(@RequestParam(defaultValue = "CATEGORY") String report,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long itemId, Model model) {
		long tenant = DataScopes.currentUser().tenantId();
		LocalDate end = to != null ? to : LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate start = from != null ? from : end.minusYears(1);
		model.addAttribute("rows", rows(reportScope(), report, start, end, itemId));
		model.addAttribute("report", report);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("itemId", itemId);
		model.addAttribute("reports",
				List.of("UNIT", "PERSON", "CATEGORY", "MONTH", "SPEND", "BUDGET", "PRICE", "SLOW"));
		model.addAttribute("items", this.catalogue.all(tenant, new ItemFilter(null, null, null, false)));
		return "supplies/reports";
	}

	@GetMapping("/supplies/reports/export")
	@PreAuthorize("hasAuthority('supplies.report.view')")
	void export(@RequestParam(defaultValue = "CATEGORY") String report,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long itemId, HttpServletResponse response) throws IOException {
		List<ReportRow> rows = rows(reportScope(), report, from, to, itemId);
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(text("supplies.report." + report) + ".xlsx", StandardCharsets.UTF_8)
					.build()
					.toString());
		ExcelExport.write(response.getOutputStream(), text("supplies.report." + report),
				List.of(text("supplies.report.label"), text("supplies.report.quantity." + report),
						text("supplies.report.amount." + report)),
				rows.stream().map(r -> List.<Object>of(r.label(), r.quantity(), r.amount())));
	}

	@GetMapping("/supplies/reports/pdf")
	@PreAuthorize("hasAuthority('supplies.report.view')")
	ResponseEntity<byte[]> pdf(@RequestParam(defaultValue = "CATEGORY") String report,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long itemId) {
		Map<String, Object> model = new HashMap<>();
		model.put("rows", rows(reportScope(), report, from, to, itemId));
		model.put("report", report);
		model.put("from", from);
		model.put("to", to);
		model.put("printedAt", Instant.now());
		byte[] file = this.pdf.render("supplies/report-print", model, LocaleContextHolder.getLocale());
		return PdfApi.inline(file, text("supplies.report." + report) + ".pdf");
	}

	/** The caller's reach for reports: only units in it are counted. */
	private DataScope reportScope() {
		return this.scopes.forPermission("supplies.report.view");
	}

	private List<ReportRow> rows(DataScope tenant, String report, LocalDate from, LocalDate to, Long itemId) {
		return switch (report) {
			case "SPEND" -> this.reports.spend(tenant, from, to);
			case "PRICE" -> itemId == null ? List.of() : this.reports.priceHistory(tenant, itemId);
			case "SLOW" -> this.reports.slowMovers(tenant, to.minusDays(90));
			case "BUDGET" -> this.reports.spendAgainstBudget(tenant, to.getYear());
			case "UNIT", "PERSON", "MONTH" -> this.reports.consumption(tenant, Grouping.valueOf(report), from, to);
			default -> this.reports.consumption(tenant, Grouping.CATEGORY, from, to);
		};
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
