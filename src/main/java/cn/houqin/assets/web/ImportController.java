package cn.houqin.assets.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;

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

import cn.houqin.assets.domain.AssetImport;
import cn.houqin.assets.domain.AssetRow;
import cn.houqin.assets.domain.AssetService;
import cn.houqin.document.BackgroundImports;
import cn.houqin.document.ExcelImport;
import cn.houqin.document.ImportError;
import cn.houqin.document.ImportJobView;
import cn.houqin.document.ImportPreview;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;

/**
 * Import of an existing asset register: upload, dry run listing every refused row, then
 * the user accepts (all rows, or only the valid ones) and the import runs in the
 * background with a progress bar.
 */
@Controller
@PreAuthorize("hasAuthority('assets.manage')")
class ImportController {

	private static final String VIEW = "assets/import";

	private static final String SESSION = "assets.import.sheet";

	private final AssetImport imports;

	private final DataScopes scopes;

	private final MessageSource messages;

	private final BackgroundImports background;

	ImportController(AssetImport imports, DataScopes scopes, MessageSource messages, BackgroundImports background) {
		this.imports = imports;
		this.scopes = scopes;
		this.messages = messages;
		this.background = background;
	}

	@GetMapping("/assets/import")
	String uploadForm(@RequestParam(required = false) Long job, Model model) {
		if (job != null) {
			model.addAttribute("job", this.background.find(job));
		}
		return VIEW;
	}

	@PostMapping("/assets/import")
	String dryRun(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("importError", message("assets.import.error.noFile"));
			return VIEW;
		}
		Sheet sheet = new Sheet(file.getOriginalFilename(), file.getBytes());
		session.setAttribute(SESSION, sheet);
		return preview(sheet, model);
	}

	@PostMapping("/assets/import/confirm")
	String confirm(@RequestParam(defaultValue = "all") String mode, HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(SESSION) instanceof Sheet sheet)) {
			redirect.addFlashAttribute("flashError", "assets.import.error.expired");
			return "redirect:/assets/import";
		}
		boolean validRowsOnly = "valid".equals(mode);
		int rows = ExcelImport.dataRows(new ByteArrayInputStream(sheet.content()));
		DataScope scope = scope();
		CurrentUser user = DataScopes.currentUser();
		byte[] content = sheet.content();
		ImportJobView job = this.background.start("assets.asset", rows, "/assets",
				progress -> this.imports.importRows(scope, user.userId(), content, validRowsOnly, progress));
		session.removeAttribute(SESSION);
		return "redirect:/assets/import?job=" + job.id();
	}

	private String preview(Sheet sheet, Model model) {
		ImportPreview<AssetRow> preview = this.imports.preview(scope(), sheet.content());
		model.addAttribute("filename", sheet.filename());
		model.addAttribute("preview", preview);
		model.addAttribute("errors", preview.errors().stream().limit(500).map(this::view).toList());
		return VIEW;
	}

	private ErrorLine view(ImportError error) {
		return new ErrorLine(error.rowNumber(), error.column(), message(error.messageKey(), error.args()));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private DataScope scope() {
		return this.scopes.forPermission(AssetService.MANAGE);
	}

	/** The uploaded file, kept in the session until the user accepts the dry run. */
	record Sheet(String filename, byte[] content) implements Serializable {
	}

	/** One refused row as the dry-run page lists it. */
	record ErrorLine(int rowNumber, String column, String message) {
	}

}
