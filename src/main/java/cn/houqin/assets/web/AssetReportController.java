package cn.houqin.assets.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.houqin.assets.domain.AssetQuery;
import cn.houqin.assets.domain.AssetService;
import cn.houqin.assets.domain.AssetView;
import cn.houqin.assets.domain.CategoryService;
import cn.houqin.assets.domain.AssetCategoryView;
import cn.houqin.assets.domain.DepreciationService;
import cn.houqin.document.ExcelExport;
import cn.houqin.document.PdfApi;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;

/**
 * Reports: net book value by category kind, status counts, additions and disposals over a
 * period, and the monthly depreciation runs; as a page, Excel and PDF.
 */
@Controller
class AssetReportController {

	private final AssetService assets;

	private final CategoryService categories;

	private final DepreciationService depreciation;

	private final DataScopes scopes;

	private final PdfApi pdf;

	AssetReportController(AssetService assets, CategoryService categories, DepreciationService depreciation,
			DataScopes scopes, PdfApi pdf) {
		this.assets = assets;
		this.categories = categories;
		this.depreciation = depreciation;
		this.scopes = scopes;
		this.pdf = pdf;
	}

	@GetMapping("/assets/reports")
	@PreAuthorize("hasAuthority('assets.report')")
	String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		model.addAllAttributes(model(from, to));
		return "assets/reports";
	}

	@GetMapping("/assets/reports.pdf")
	@PreAuthorize("hasAuthority('assets.report')")
	ResponseEntity<byte[]> reportPdf(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		byte[] file = this.pdf.render("assets/report-pdf", model(from, to), LocaleContextHolder.getLocale());
		return PdfApi.inline(file, "asset-report.pdf");
	}

	@GetMapping("/assets/reports/export")
	@PreAuthorize("hasAuthority('assets.report')")
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		Map<String, Object> model = model(from, to);
		@SuppressWarnings("unchecked")
		List<Line> lines = (List<Line>) model.get("lines");
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"asset-report.xlsx\"");
		ExcelExport.write(response.getOutputStream(), "资产净值", List.of("分类", "数量", "原值", "累计折旧", "净值", "本期增加", "本期减少"),
				lines.stream()
					.map(l -> List.<Object>of(l.name(), l.count(), l.original(), l.accumulated(), l.net(), l.added(),
							l.disposed())));
	}

	private Map<String, Object> model(LocalDate from, LocalDate to) {
		DataScope scope = this.scopes.forPermission("assets.report");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		List<AssetView> all = this.assets.all(scope, AssetQuery.all(), Sort.by("assetNo"), end);
		Map<String, AssetCategoryView> cats = this.categories.byCode(scope.tenantId());
		Map<String, Line> byKind = new TreeMap<>();
		Map<String, Long> byStatus = new TreeMap<>();
		for (AssetView a : all) {
			byStatus.merge(a.status().name(), 1L, Long::sum);
			AssetCategoryView kind = cats.get(a.kind());
			String name = kind == null ? a.kind() : kind.name();
			Line line = byKind.computeIfAbsent(a.kind(), k -> new Line(name, 0, zero(), zero(), zero(), 0, 0));
			boolean onBooks = a.disposedOn() == null || a.disposedOn().isAfter(end);
			boolean added = !a.purchaseDate().isBefore(start) && !a.purchaseDate().isAfter(end);
			boolean disposed = a.disposedOn() != null && !a.disposedOn().isBefore(start)
					&& !a.disposedOn().isAfter(end);
			byKind.put(a.kind(),
					new Line(name, line.count() + (onBooks ? 1 : 0),
							onBooks ? line.original().add(a.originalValue()) : line.original(),
							onBooks ? line.accumulated().add(a.accumulatedDepreciation()) : line.accumulated(),
							onBooks ? line.net().add(a.netBookValue()) : line.net(), line.added() + (added ? 1 : 0),
							line.disposed() + (disposed ? 1 : 0)));
		}
		List<Line> lines = new ArrayList<>(byKind.values());
		Line total = lines.stream()
			.reduce(new Line("", 0, zero(), zero(), zero(), 0, 0),
					(a, b) -> new Line("", a.count() + b.count(), a.original().add(b.original()),
							a.accumulated().add(b.accumulated()), a.net().add(b.net()), a.added() + b.added(),
							a.disposed() + b.disposed()));
		Map<String, Object> model = new HashMap<>();
		model.put("from", start);
		model.put("to", end);
		model.put("lines", lines);
		model.put("total", total);
		model.put("byStatus", byStatus);
		model.put("runs", this.depreciation.runs(scope.tenantId()));
		model.put("printedAt", Instant.now());
		return model;
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(2);
	}

	/**
	 * One category kind of the report.
	 *
	 * @param name the kind's name
	 * @param count cards on the books at the end of the period
	 * @param original their original value
	 * @param accumulated their accumulated depreciation
	 * @param net their net book value
	 * @param added cards acquired in the period
	 * @param disposed cards disposed of in the period
	 */
	record Line(String name, long count, BigDecimal original, BigDecimal accumulated, BigDecimal net, long added,
			long disposed) {
	}

}
