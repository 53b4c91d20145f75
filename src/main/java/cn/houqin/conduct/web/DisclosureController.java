package cn.houqin.conduct.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.i18n.LocaleContextHolder;
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
import cn.houqin.document.PdfApi;
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

	private final ConductPolicyService policies;

	DisclosureController(ConductQueries queries, PdfApi pdf, ConductPolicyService policies) {
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
		model.addAttribute("year", shown);
		model.addAttribute("byUnit", byUnit);
		model.addAttribute("byOffence", byOffence);
		model.addAttribute("byMonth", byMonth);
		return "conduct/reports";
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
