package cn.houqin.conduct.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.houqin.calendar.CalendarApi;
import cn.houqin.conduct.domain.ConductQueries;
import cn.houqin.conduct.domain.EntryStatus;
import cn.houqin.conduct.domain.PublishedRow;
import cn.houqin.document.ExcelExport;
import cn.houqin.document.PdfApi;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.conduct.ConductPolicy.DisclosurePeriod;
import cn.houqin.conduct.domain.ConductPolicyService;
import cn.houqin.shared.web.PageResult;

/**
 * 篇2 第十八条: the monthly disclosure of confirmed records (page and PDF list), and the
 * reports by unit, offence and month.
 */
@Controller
class DisclosureController {

	private final ConductQueries queries;

	private final PdfApi pdf;

	private static final Map<String, String> REPORTS = Map.of("unit", "byUnit", "offence", "byOffence", "month",
			"byMonth");

	private final ConductPolicyService policies;

	private final MessageSource messages;

	DisclosureController(ConductQueries queries, PdfApi pdf, ConductPolicyService policies, MessageSource messages) {
		this.messages = messages;
		this.policies = policies;
		this.queries = queries;
		this.pdf = pdf;
	}

	@GetMapping("/conduct/disclosure")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.view', 'conduct.record.manage')")
	String disclosure(@RequestParam(required = false) String month, Model model) {
		model.addAllAttributes(model(month));
		return "conduct/disclosure";
	}

	@GetMapping("/conduct/disclosure/pdf")
	@PreAuthorize("hasAnyAuthority('conduct.record.own', 'conduct.record.view', 'conduct.record.manage')")
	ResponseEntity<byte[]> disclosurePdf(@RequestParam(required = false) String month) {
		Map<String, Object> model = model(month);
		model.put("printedAt", Instant.now());
		byte[] file = this.pdf.render("conduct/disclosure-pdf", model, LocaleContextHolder.getLocale());
		return PdfApi.inline(file, "积分公示_" + model.get("month") + ".pdf");
	}

	@GetMapping("/conduct/reports")
	@PreAuthorize("hasAnyAuthority('conduct.record.view', 'conduct.record.manage')")
	String reports(@RequestParam(required = false) Integer year, Model model) {
		model.addAllAttributes(reportModel(year));
		return "conduct/reports";
	}

	/**
	 * One report (by unit, offence or month) as a workbook of label, records and points.
	 */
	@GetMapping("/conduct/reports/xlsx")
	@PreAuthorize("hasAnyAuthority('conduct.record.view', 'conduct.record.manage')")
	void reportExcel(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "unit") String by,
			HttpServletResponse response) throws IOException {
		String section = section(by);
		Map<String, Object> model = reportModel(year);
		@SuppressWarnings("unchecked")
		Map<String, int[]> totals = (Map<String, int[]>) model.get(REPORTS.get(section));
		String title = text("conduct.reports.by." + section);
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(text("conduct.nav.reports") + "_" + model.get("year") + "_" + title + ".xlsx",
							StandardCharsets.UTF_8)
					.build()
					.toString());
		ExcelExport.write(response.getOutputStream(), title,
				List.of(title, text("conduct.reports.count"), text("conduct.pointsLabel")),
				totals.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue()[0], e.getValue()[1])));
	}

	/** The three reports of a year, printed. */
	@GetMapping("/conduct/reports/pdf")
	@PreAuthorize("hasAnyAuthority('conduct.record.view', 'conduct.record.manage')")
	ResponseEntity<byte[]> reportPdf(@RequestParam(required = false) Integer year) {
		Map<String, Object> model = reportModel(year);
		model.put("printedAt", Instant.now());
		byte[] file = this.pdf.render("conduct/reports-pdf", model, LocaleContextHolder.getLocale());
		return PdfApi.inline(file, "积分统计_" + model.get("year") + ".pdf");
	}

	private static String section(String by) {
		if (!REPORTS.containsKey(by)) {
			throw new NotFoundException("Report", by);
		}
		return by;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private Map<String, Object> reportModel(Integer year) {
		Map<String, Object> model = new HashMap<>();
		int shown = year == null ? LocalDate.now(CalendarApi.ZONE).getYear() : year;
		CurrentUser user = DataScopes.currentUser();
		PageResult<PublishedRow> rows = this.queries.list(user, LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31),
				null, 0, 100_000);
		Map<String, int[]> byUnit = new TreeMap<>();
		Map<String, int[]> byOffence = new TreeMap<>();
		Map<String, int[]> byMonth = new LinkedHashMap<>();
		for (int m = 1; m <= 12; m++) {
			byMonth.put(YearMonth.of(shown, m).toString(), new int[2]);
		}
		for (PublishedRow row : rows.items()) {
			if (!row.status().counts()) {
				continue;
			}
			add(byUnit, row.unitName(), row.points());
			add(byOffence, row.offenceCode() + " " + row.offenceName(), row.points());
			add(byMonth, YearMonth.from(row.occurredOn()).toString(), row.points());
		}
		model.put("year", shown);
		model.put("byUnit", byUnit);
		model.put("byOffence", byOffence);
		model.put("byMonth", byMonth);
		return model;
	}

	private static void add(Map<String, int[]> totals, String key, int points) {
		int[] total = totals.computeIfAbsent(key, k -> new int[2]);
		total[0]++;
		total[1] += points;
	}

	private Map<String, Object> model(String month) {
		long tenantId = DataScopes.currentUser().tenantId();
		DisclosurePeriod period = this.policies.policy(tenantId).disclosurePeriod();
		YearMonth first = period.start(parse(month));
		YearMonth last = period.end(first);
		List<PublishedRow> rows = this.queries.disclosure(tenantId, first, last);
		Map<String, Object> model = new HashMap<>();
		model.put("month", first.equals(last) ? first.toString() : first + "—" + last);
		model.put("first", first.toString());
		model.put("previous", first.minusMonths(period.months()).toString());
		model.put("next", first.plusMonths(period.months()).toString());
		model.put("rows", rows);
		model.put("confirmed", EntryStatus.CONFIRMED);
		return model;
	}

	private static YearMonth parse(String month) {
		try {
			return month == null || month.isBlank() ? YearMonth.now(CalendarApi.ZONE) : YearMonth.parse(month.trim());
		}
		catch (DateTimeParseException ex) {
			return YearMonth.now(CalendarApi.ZONE);
		}
	}

}
