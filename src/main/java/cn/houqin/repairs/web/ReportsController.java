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
import cn.houqin.shared.web.NotFoundException;

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

	/**
	 * One section of the statistics as an Excel sheet: {@code sla} (compliance and times
	 * by urgency, category, technician and team), {@code satisfaction}, {@code cost} or
	 * {@code recurring}.
	 */
	@GetMapping("/repairs/reports/export")
	@PreAuthorize("hasAuthority('repairs.reports')")
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String section, HttpServletResponse response) throws IOException {
		RepairReport report = report(from, to);
		String kind = section == null ? "sla" : section;
		List<String> headers;
		List<List<?>> rows = new ArrayList<>();
		String title;
		switch (kind) {
			case "satisfaction" -> {
				title = text("repairs.reports.satisfaction");
				headers = List.of("repairs.rating", "repairs.reports.count");
				for (int i = 0; i < 5; i++) {
					rows.add(List.of(i + 1, report.ratings()[i]));
				}
			}
			case "cost" -> {
				title = text("repairs.reports.cost");
				headers = costHeaders("repairs.unit");
				report.costByUnit().forEach(row -> rows.add(cost(row)));
			}
			case "building" -> {
				title = text("repairs.reports.costByBuilding");
				headers = costHeaders("repairs.reports.building");
				report.costByBuilding().forEach(row -> rows.add(cost(row)));
			}
			case "recurring" -> {
				title = text("repairs.reports.recurring");
				headers = List.of("repairs.location", "repairs.category", "repairs.reports.count");
				for (RepairReport.RecurringRow row : report.recurring()) {
					rows.add(List.of(row.location(), text("repairs.category." + row.category()), row.count()));
				}
			}
			case "sla" -> {
				title = text("repairs.reports.title");
				headers = List.of("repairs.reports.group", "repairs.reports.count", "repairs.reports.respondedOnTime",
						"repairs.reports.fixedOnTime", "repairs.reports.respondMinutes", "repairs.reports.fixHours",
						"repairs.rating");
				report.byUrgency().forEach(row -> rows.add(sla(text("repairs.urgency." + row.key()), row)));
				report.byCategory().forEach(row -> rows.add(sla(text("repairs.category." + row.key()), row)));
				report.byTechnician().forEach(row -> rows.add(sla(row.key(), row)));
				report.byTeam().forEach(row -> rows.add(sla(row.key(), row)));
			}
			default -> throw new NotFoundException("ReportSection", kind);
		}
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"repairs-" + kind + ".xlsx\"");
		ExcelExport.write(response.getOutputStream(), title, headers.stream().map(this::text).toList(), rows.stream());
	}

	private static List<String> costHeaders(String group) {
		return List.of(group, "repairs.reports.count", "repairs.reports.materials", "repairs.reports.labour",
				"repairs.reports.contractors", "repairs.labourHours", "repairs.cost");
	}

	private static List<Object> cost(RepairReport.CostRow row) {
		return List.of(row.name(), row.count(), row.materials(), row.labour(), row.contractors(), row.labourHours(),
				row.total());
	}

	private static List<Object> sla(String group, RepairReport.SlaRow row) {
		return List.of(group, row.count(), row.respondedOnTime(), row.fixedOnTime(), row.averageRespondMinutes(),
				row.averageFixHours() == null ? "" : row.averageFixHours(),
				row.averageRating() == null ? "" : row.averageRating());
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
