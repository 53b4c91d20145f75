package cn.houqin.org.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.houqin.document.ExcelExport;
import cn.houqin.org.domain.OrgUnitService;
import cn.houqin.org.domain.StaffQuery;
import cn.houqin.org.domain.StaffRow;
import cn.houqin.org.domain.StaffService;
import cn.houqin.org.domain.StaffSheet;
import cn.houqin.org.domain.UnitChoice;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.PageResult;

/**
 * Excel files of the staff list: the export of the current filter (every matching row, ID
 * cards masked) and the import template.
 */
@Controller
class StaffExcelController {

	private static final int BATCH = 500;

	private final StaffService staff;

	private final OrgUnitService units;

	private final DataScopes scopes;

	StaffExcelController(StaffService staff, OrgUnitService units, DataScopes scopes) {
		this.staff = staff;
		this.units = units;
		this.scopes = scopes;
	}

	@GetMapping("/org/staff/export")
	@PreAuthorize("hasAuthority('org.staff.export')")
	void export(@ModelAttribute StaffFilter filter, HttpServletResponse response) throws IOException {
		DataScope scope = this.scopes.forPermission("org.staff.export");
		StaffQuery query = filter.query();
		Stream<StaffRow> rows = Stream
			.iterate(batch(scope, query, filter, 0), Objects::nonNull,
					page -> page.hasNext() ? batch(scope, query, filter, page.page() + 1) : null)
			.flatMap(page -> page.items().stream());
		attachment(response,
				"职工_" + LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE));
		ExcelExport.write(response.getOutputStream(), StaffSheet.SHEET_NAME, StaffSheet.EXPORT_COLUMNS,
				rows.map(StaffSheet::exportCells));
	}

	@GetMapping("/org/staff/import/template")
	@PreAuthorize("hasAuthority('org.staff.import')")
	void template(HttpServletResponse response) throws IOException {
		DataScope scope = this.scopes.forPermission("org.staff.import");
		String unitCode = this.units.choices(scope)
			.stream()
			.findFirst()
			.map(UnitChoice::id)
			.map(id -> this.units.view(scope, id).code())
			.orElse("");
		attachment(response, "职工导入模板");
		ExcelExport.write(response.getOutputStream(), StaffSheet.SHEET_NAME, StaffSheet.IMPORT_COLUMNS,
				Stream.of(StaffSheet.exampleCells(unitCode)));
	}

	private PageResult<StaffRow> batch(DataScope scope, StaffQuery query, StaffFilter filter, int page) {
		return this.staff.list(scope, query, PageRequest.of(page, BATCH, filter.sortOrder()));
	}

	private static void attachment(HttpServletResponse response, String baseName) {
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(baseName + ".xlsx", StandardCharsets.UTF_8)
					.build()
					.toString());
	}

}
