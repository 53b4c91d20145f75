package cn.houqin.supplies.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.houqin.document.ExcelExport;
import cn.houqin.document.PdfApi;
import cn.houqin.shared.web.Htmx;
import cn.houqin.supplies.domain.RegisterRow;
import cn.houqin.supplies.domain.RequisitionFilter;
import cn.houqin.supplies.domain.RequisitionService;

/**
 * 《办公用品领取登记本》 (篇8 第七条): 日期, 物品名称, 规格, 数量, 用途, 领取人签字 — on screen, as PDF and as Excel.
 */
@Controller
class RegisterController {

	private static final String PRINT = "supplies/register-print";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/**
	 * Requisitions per page of the register on screen; the PDF and Excel hold the period.
	 */
	static final int PAGE_SIZE = 50;

	private final RequisitionService requisitions;

	private final Actors actors;

	private final PdfApi pdf;

	private final MessageSource messages;

	RegisterController(RequisitionService requisitions, Actors actors, PdfApi pdf, MessageSource messages) {
		this.requisitions = requisitions;
		this.actors = actors;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/supplies/register")
	@PreAuthorize("hasAnyAuthority('supplies.store.manage', 'supplies.requisition.create')")
	String show(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		model.addAttribute("page",
				this.requisitions.register(this.actors.store(),
						new RequisitionFilter(null, null, from, to, false, true), page == null ? 0 : Math.max(page, 0),
						PAGE_SIZE));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return Htmx.view(request, "supplies/register", "results");
	}

	@GetMapping("/supplies/register.pdf")
	@PreAuthorize("hasAnyAuthority('supplies.store.manage', 'supplies.requisition.create')")
	ResponseEntity<byte[]> pdf(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		byte[] file = this.pdf.render(PRINT, register(from, to), LocaleContextHolder.getLocale());
		return PdfApi.inline(file, "办公用品领取登记本.pdf");
	}

	@GetMapping("/supplies/register/export")
	@PreAuthorize("hasAnyAuthority('supplies.store.manage', 'supplies.requisition.create')")
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		@SuppressWarnings("unchecked")
		List<RegisterRow> rows = (List<RegisterRow>) register(from, to).get("rows");
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("办公用品领取登记本.xlsx", StandardCharsets.UTF_8).build().toString());
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
		List<String> headers = List
			.of("supplies.register.date", "supplies.register.item", "supplies.register.specification",
					"supplies.register.quantity", "supplies.register.purpose", "supplies.register.signature")
			.stream()
			.map(this::text)
			.toList();
		ExcelExport.write(response.getOutputStream(), text("supplies.register.title"), headers, rows.stream()
			.map(r -> List.<Object>of(r.date().toString(), r.itemName(),
					r.specification() == null ? "" : r.specification(), r.quantity() + " " + r.unit(), r.purpose(),
					r.confirmedAt() == null ? "" : r.recipient() + " " + time.format(r.confirmedAt()))));
	}

	private Map<String, Object> register(LocalDate from, LocalDate to) {
		Map<String, Object> model = new HashMap<>();
		model.put("rows", this.requisitions.register(this.actors.store(),
				new RequisitionFilter(null, null, from, to, false, true)));
		model.put("from", from);
		model.put("to", to);
		model.put("printedAt", Instant.now());
		return model;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
