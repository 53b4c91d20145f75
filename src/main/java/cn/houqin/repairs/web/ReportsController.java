package cn.houqin.repairs.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.houqin.document.ExcelExport;
import cn.houqin.document.PdfApi;
import cn.houqin.repairs.domain.RepairReport;
import cn.houqin.repairs.domain.RepairReports;
import cn.houqin.repairs.domain.WorkingClock;
import cn.houqin.shared.security.DataScopes;

/**
 * Repair statistics with server-rendered bars, as Excel and as PDF.
 */
@Controller
class ReportsController {

	private final RepairReports reports;

	private final PdfApi pdf;

	private final MessageSource messages;

	ReportsController(RepairReports reports, PdfApi pdf, MessageSource messages) {
		this.reports = reports;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/repairs/reports")
	@PreAuthorize("hasAuthority('repairs.reports')")
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		model.addAttribute("report", report(from, to));
		return "repairs/reports";
	}

	@GetMapping("/repairs/reports/pdf")
	@PreAuthorize("hasAuthority('repairs.reports')")
	ResponseEntity<byte[]> pdf(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Map<String, Object> model = new HashMap<>();
		model.put("report", report(from, to));
		model.put("printedAt", Instant.now());
		return PdfApi.inline(this.pdf.render("repairs/reports-pdf", model, LocaleContextHolder.getLocale()),
				"repairs-report.pdf");
	}

	@GetMapping("/repairs/reports/export")
	@PreAuthorize("hasAuthority('repairs.reports')")
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		RepairReport report = report(from, to);
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"repairs-report.xlsx\"");
		List<List<?>> rows = new ArrayList<>();
		for (RepairReport.SlaRow row : report.byUrgency()) {
			rows.add(
					List.of(text("repairs.urgency." + row.key()), row.count(), row.respondedOnTime(), row.fixedOnTime(),
							row.averageRespondMinutes(), row.averageFixHours() == null ? "" : row.averageFixHours(),
							row.averageRating() == null ? "" : row.averageRating()));
		}
		for (RepairReport.SlaRow row : report.byCategory()) {
			rows.add(List.of(text("repairs.category." + row.key()), row.count(), row.respondedOnTime(),
					row.fixedOnTime(), row.averageRespondMinutes(),
					row.averageFixHours() == null ? "" : row.averageFixHours(),
					row.averageRating() == null ? "" : row.averageRating()));
		}
		ExcelExport.write(response.getOutputStream(), text("repairs.reports.title"),
				List.of("repairs.reports.group", "repairs.reports.count", "repairs.reports.respondedOnTime",
						"repairs.reports.fixedOnTime", "repairs.reports.respondMinutes", "repairs.reports.fixHours",
						"repairs.rating")
					.stream()
					.map(this::text)
					.toList(),
				rows.stream());
	}

	private RepairReport report(LocalDate from, LocalDate to) {
		LocalDate end = to == null ? LocalDate.now(WorkingClock.ZONE) : to;
		LocalDate start = from == null || from.isAfter(end) ? end.minusDays(29) : from;
		return this.reports.report(DataScopes.currentUser(), start, end);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
