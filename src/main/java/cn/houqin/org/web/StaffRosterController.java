package cn.houqin.org.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.houqin.document.PdfApi;
import cn.houqin.org.domain.OrgUnitService;
import cn.houqin.org.domain.StaffRow;
import cn.houqin.org.domain.StaffService;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.PageResult;

/**
 * The staff roster (职工花名册) of the current staff filter, to print and sign: a PDF and the
 * same sheet as a print view in the browser. ID cards are masked.
 */
@Controller
@PreAuthorize("hasAuthority('org.staff.export')")
class StaffRosterController {

	static final String VIEW = "org/staff/roster";

	/** More people than this make a roster nobody prints; the filter must be narrowed. */
	static final int MAX_ROWS = 2_000;

	private static final int BATCH = 500;

	private final StaffService staff;

	private final OrgUnitService units;

	private final DataScopes scopes;

	private final PdfApi pdf;

	StaffRosterController(StaffService staff, OrgUnitService units, DataScopes scopes, PdfApi pdf) {
		this.staff = staff;
		this.units = units;
		this.scopes = scopes;
		this.pdf = pdf;
	}

	@GetMapping("/org/staff/roster.pdf")
	ResponseEntity<byte[]> pdf(@ModelAttribute StaffFilter filter) {
		byte[] file = this.pdf.render(VIEW, roster(filter), LocaleContextHolder.getLocale());
		return PdfApi.inline(file,
				"职工花名册_" + LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE) + ".pdf");
	}

	@GetMapping("/org/staff/roster")
	String printView(@ModelAttribute StaffFilter filter, HttpServletRequest request, Model model) {
		model.addAllAttributes(roster(filter));
		String query = request.getQueryString();
		model.addAttribute("pdfUrl", "/org/staff/roster.pdf" + (query == null ? "" : "?" + query));
		model.addAttribute("backUrl", "/org/staff" + (query == null ? "" : "?" + query));
		return VIEW;
	}

	private Map<String, Object> roster(StaffFilter filter) {
		DataScope scope = this.scopes.forPermission("org.staff.export");
		List<StaffRow> rows = new ArrayList<>();
		PageResult<StaffRow> page = batch(scope, filter, 0);
		if (page.total() > MAX_ROWS) {
			throw new BusinessRuleException("document.roster.tooMany", MAX_ROWS, page.total());
		}
		rows.addAll(page.items());
		while (page.hasNext()) {
			page = batch(scope, filter, page.page() + 1);
			rows.addAll(page.items());
		}
		Map<String, Object> model = new HashMap<>();
		model.put("rows", rows);
		model.put("unitName", filter.getUnitId() == null ? null : this.units.view(scope, filter.getUnitId()).name());
		model.put("printedAt", Instant.now());
		model.put(PdfApi.LANDSCAPE, true);
		return model;
	}

	private PageResult<StaffRow> batch(DataScope scope, StaffFilter filter, int page) {
		return this.staff.list(scope, filter.query(), PageRequest.of(page, BATCH, filter.sortOrder()));
	}

}
