package cn.houqin.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.houqin.audit.AuditApi;
import cn.houqin.audit.AuditEntry;
import cn.houqin.audit.FieldChange;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.PageResult;
import cn.houqin.shared.web.Paging;

/**
 * Excel export of the entries matching the current filter, page by page, at most
 * {@value #MAX_ROWS} rows.
 */
@Controller
class AuditExportController {

	static final int MAX_ROWS = 50_000;

	private static final String[] COLUMNS = { "audit.col.seq", "audit.col.occurredAt", "audit.col.actor",
			"audit.col.clientAddress", "audit.col.action", "audit.col.entityType", "audit.col.entityId",
			"audit.col.changes" };

	private final AuditApi audit;

	private final MessageSource messages;

	AuditExportController(AuditApi audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/audit/export")
	@PreAuthorize("hasAuthority('audit.trail.view')")
	void export(@ModelAttribute AuditFilter filters, HttpServletResponse response) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		String name = this.messages.getMessage("audit.export.file", null, locale) + "-"
				+ LocalDate.now(AuditFilter.ZONE) + ".xlsx";
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(name, java.nio.charset.StandardCharsets.UTF_8)
					.build()
					.toString());
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = response.getOutputStream()) {
			Sheet sheet = workbook.createSheet(this.messages.getMessage("audit.title", null, locale));
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.length; i++) {
				header.createCell(i).setCellValue(this.messages.getMessage(COLUMNS[i], null, locale));
			}
			writeRows(sheet, filters);
			workbook.write(out);
		}
	}

	private void writeRows(Sheet sheet, AuditFilter filters) {
		long tenantId = DataScopes.currentUser().tenantId();
		int rowIndex = 1;
		PageResult<AuditEntry> page;
		int pageNumber = 0;
		do {
			page = this.audit.search(tenantId, filters.toQuery(), pageNumber++, Paging.MAX_SIZE, filters.getSort());
			for (AuditEntry entry : page.items()) {
				if (rowIndex > MAX_ROWS) {
					return;
				}
				write(sheet.createRow(rowIndex++), entry);
			}
		}
		while (page.hasNext());
	}

	private static void write(Row row, AuditEntry entry) {
		row.createCell(0).setCellValue(entry.seq());
		row.createCell(1).setCellValue(entry.occurredAt().atZone(AuditFilter.ZONE).toLocalDateTime().toString());
		row.createCell(2).setCellValue(entry.actorName());
		row.createCell(3).setCellValue(entry.clientAddress());
		row.createCell(4).setCellValue(entry.action());
		row.createCell(5).setCellValue(entry.entityType());
		row.createCell(6).setCellValue(entry.entityId());
		row.createCell(7).setCellValue(summary(entry));
	}

	private static String summary(AuditEntry entry) {
		StringBuilder text = new StringBuilder();
		for (FieldChange change : entry.changes()) {
			text.append(change.field())
				.append(": ")
				.append(change.before() == null ? "" : change.before())
				.append(" → ")
				.append(change.after() == null ? "" : change.after())
				.append('\n');
		}
		entry.details().forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
		return text.toString().strip();
	}

}
