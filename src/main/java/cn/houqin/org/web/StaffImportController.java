package cn.houqin.org.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.document.BackgroundImports;
import cn.houqin.document.ExcelImport;
import cn.houqin.document.ImportError;
import cn.houqin.document.ImportJobView;
import cn.houqin.document.ImportPreview;
import cn.houqin.org.domain.StaffDetails;
import cn.houqin.org.domain.StaffImport;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Staff import: upload an .xlsx file, see the dry run (every bad row with its number and
 * reason), then import all rows or only the valid ones. The file waits in the session
 * until the user confirms; nothing is written before. A file of more than
 * {@value #BACKGROUND_ROWS} rows is imported in the background while a progress bar polls
 * the job.
 */
@Controller
@PreAuthorize("hasAuthority('org.staff.import')")
class StaffImportController {

	private static final String VIEW = "org/staff/import";

	/** Files with more rows than this are imported in the background. */
	static final int BACKGROUND_ROWS = 200;

	private final StaffImport imports;

	private final DataScopes scopes;

	private final MessageSource messages;

	private final BackgroundImports background;

	StaffImportController(StaffImport imports, DataScopes scopes, MessageSource messages,
			BackgroundImports background) {
		this.imports = imports;
		this.scopes = scopes;
		this.messages = messages;
		this.background = background;
	}

	@GetMapping("/org/staff/import")
	String uploadForm(@RequestParam(required = false) Long job, Model model) {
		if (job != null) {
			model.addAttribute("job", this.background.find(job));
		}
		return VIEW;
	}

	@PostMapping("/org/staff/import")
	String dryRun(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("importError", message("org.import.error.noFile"));
			return VIEW;
		}
		UploadedSheet sheet = new UploadedSheet(file.getOriginalFilename(), file.getBytes());
		session.setAttribute(UploadedSheet.SESSION_ATTRIBUTE, sheet);
		return preview(sheet, model);
	}

	@PostMapping("/org/staff/import/confirm")
	String confirm(@RequestParam(defaultValue = "all") String mode, HttpSession session, Model model,
			RedirectAttributes redirect) {
		if (!(session.getAttribute(UploadedSheet.SESSION_ATTRIBUTE) instanceof UploadedSheet sheet)) {
			redirect.addFlashAttribute("flashError", "org.import.error.expired");
			return "redirect:/org/staff/import";
		}
		boolean validRowsOnly = "valid".equals(mode);
		int rows = ExcelImport.dataRows(new ByteArrayInputStream(sheet.content()));
		try {
			if (rows > BACKGROUND_ROWS) {
				ImportJobView job = startInBackground(sheet, rows, validRowsOnly);
				session.removeAttribute(UploadedSheet.SESSION_ATTRIBUTE);
				return "redirect:/org/staff/import?job=" + job.id();
			}
			int count = this.imports.importRows(scope(), sheet.content(), validRowsOnly);
			session.removeAttribute(UploadedSheet.SESSION_ATTRIBUTE);
			redirect.addFlashAttribute("flashSuccess", "org.import.done");
			redirect.addFlashAttribute("flashArgs", new Object[] { count });
			return "redirect:/org/staff";
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("importError", message(ex.messageKey(), ex.arguments()));
			return preview(sheet, model);
		}
	}

	private ImportJobView startInBackground(UploadedSheet sheet, int rows, boolean validRowsOnly) {
		DataScope scope = scope();
		byte[] content = sheet.content();
		return this.background.start("org.staff", rows, "/org/staff",
				progress -> this.imports.importRows(scope, content, validRowsOnly, progress));
	}

	private String preview(UploadedSheet sheet, Model model) {
		ImportPreview<StaffDetails> preview = this.imports.preview(scope(), sheet.content());
		model.addAttribute("filename", sheet.filename());
		model.addAttribute("preview", preview);
		model.addAttribute("errors", preview.errors().stream().map(this::view).toList());
		return VIEW;
	}

	private ErrorLine view(ImportError error) {
		return new ErrorLine(error.rowNumber(), error.column(), message(error.messageKey(), error.args()));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private DataScope scope() {
		return this.scopes.forPermission("org.staff.import");
	}

	/** One refused row as the dry-run page lists it. */
	record ErrorLine(int rowNumber, String column, String message) {
	}

}
