package cn.houqin.supplies.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.document.BackgroundImports;
import cn.houqin.document.ExcelExport;
import cn.houqin.document.ExcelImport;
import cn.houqin.document.ImportError;
import cn.houqin.document.ImportJobView;
import cn.houqin.document.ImportPreview;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.domain.ItemDraft;
import cn.houqin.supplies.domain.ItemImport;
import cn.houqin.supplies.domain.ItemSheet;

/**
 * Import of the catalogue from Excel: the template, upload, a dry run listing every
 * refused row, then the user accepts and every row is written in the background, all or
 * none.
 */
@Controller
@PreAuthorize("hasAuthority('supplies.item.manage')")
class ItemImportController {

	private static final String VIEW = "supplies/item-import";

	private static final String SESSION = "supplies.import.sheet";

	private final ItemImport imports;

	private final MessageSource messages;

	private final BackgroundImports background;

	ItemImportController(ItemImport imports, MessageSource messages, BackgroundImports background) {
		this.imports = imports;
		this.messages = messages;
		this.background = background;
	}

	@GetMapping("/supplies/items/import")
	@PreAuthorize("hasAuthority('supplies.item.manage')")
	String uploadForm(@RequestParam(required = false) Long job, Model model) {
		if (job != null) {
			model.addAttribute("job", this.background.find(job));
		}
		return VIEW;
	}

	@GetMapping("/supplies/items/import/template")
	@PreAuthorize("hasAuthority('supplies.item.manage')")
	void template(HttpServletResponse response) throws IOException {
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("办公用品目录导入模板.xlsx", StandardCharsets.UTF_8).build().toString());
		ExcelExport.write(response.getOutputStream(), "办公用品目录", ItemSheet.COLUMNS, Stream.empty());
	}

	@PostMapping("/supplies/items/import")
	@PreAuthorize("hasAuthority('supplies.item.manage')")
	String dryRun(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("importError", message("supplies.import.error.noFile"));
			return VIEW;
		}
		Sheet sheet = new Sheet(file.getOriginalFilename(), file.getBytes());
		ImportPreview<ItemDraft> preview = this.imports.preview(tenant(), sheet.content());
		if (preview.hasErrors()) {
			session.removeAttribute(SESSION);
		}
		else {
			session.setAttribute(SESSION, sheet);
		}
		model.addAttribute("filename", sheet.filename());
		model.addAttribute("preview", preview);
		model.addAttribute("errors", preview.errors().stream().limit(500).map(this::view).toList());
		return VIEW;
	}

	@PostMapping("/supplies/items/import/confirm")
	@PreAuthorize("hasAuthority('supplies.item.manage')")
	String confirm(HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(SESSION) instanceof Sheet sheet)) {
			redirect.addFlashAttribute("flashError", "supplies.import.error.expired");
			return "redirect:/supplies/items/import";
		}
		long tenant = tenant();
		byte[] content = sheet.content();
		int rows = ExcelImport.dataRows(new ByteArrayInputStream(content));
		ImportJobView job = this.background.start("supplies.item", rows, "/supplies/items",
				progress -> this.imports.importRows(tenant, content, progress));
		session.removeAttribute(SESSION);
		return "redirect:/supplies/items/import?job=" + job.id();
	}

	private ErrorLine view(ImportError error) {
		return new ErrorLine(error.rowNumber(), error.column(), message(error.messageKey(), error.args()));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static long tenant() {
		return DataScopes.currentUser().tenantId();
	}

	/** The uploaded file, kept in the session until the user accepts the dry run. */
	record Sheet(String filename, byte[] content) implements Serializable {
	}

	/** One refused row (row 0: the file itself) as the dry-run page lists it. */
	record ErrorLine(int rowNumber, String column, String message) {
	}

}
