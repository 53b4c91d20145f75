package cn.houqin.repairs.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import cn.houqin.document.ExcelExport;
import cn.houqin.repairs.domain.Category;
import cn.houqin.repairs.domain.QueueItem;
import cn.houqin.repairs.domain.Urgency;
import cn.houqin.repairs.domain.WorkOrderCriteria;
import cn.houqin.repairs.domain.WorkOrderQueries;
import cn.houqin.repairs.domain.WorkOrderStatus;
import cn.houqin.repairs.domain.WorkingClock;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.Htmx;
import cn.houqin.shared.web.Paging;

/**
 * The dispatch board (open work by urgency, core-work impact, age) with its Excel export,
 * and the technician's jobs: the next job first, then work nobody has taken.
 */
@Controller
class DispatchController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(WorkingClock.ZONE);

	private static final int EXPORT_LIMIT = 10_000;

	private final WorkOrderQueries queries;

	private final MessageSource messages;

	DispatchController(WorkOrderQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@ModelAttribute("categories")
	Category[] categories() {
		return Category.values();
	}

	@ModelAttribute("urgencies")
	Urgency[] urgencies() {
		return Urgency.values();
	}

	@ModelAttribute("statuses")
	List<WorkOrderStatus> statuses() {
		return List.of(WorkOrderStatus.REPORTED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.ASSIGNED,
				WorkOrderStatus.IN_PROGRESS);
	}

	@GetMapping("/repairs/dispatch")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	String board(@ModelAttribute("filter") BoardFilter filter, Model model, HttpServletRequest request) {
		int page = filter.getPage() == null || filter.getPage() < 0 ? 0 : filter.getPage();
		model.addAttribute("page",
				this.queries.dispatchQueue(DataScopes.currentUser(), filter.criteria(), page, Paging.DEFAULT_SIZE));
		return Htmx.view(request, "repairs/dispatch", "results");
	}

	@GetMapping("/repairs/dispatch/export")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	void export(@ModelAttribute("filter") BoardFilter filter, HttpServletResponse response) throws IOException {
		CurrentUser user = DataScopes.currentUser();
		response.setContentType(ExcelExport.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"dispatch.xlsx\"");
		List<String> headers = List
			.of("repairs.orderNo", "repairs.urgency", "repairs.coreWork", "repairs.location", "repairs.category",
					"repairs.status", "repairs.reportedAt", "repairs.fixBy", "repairs.assignee", "repairs.unit")
			.stream()
			.map(this::text)
			.toList();
		ExcelExport.write(response.getOutputStream(), text("repairs.dispatch.title"), headers,
				this.queries.export(user, WorkOrderQueries.DISPATCH, filter.criteria(), EXPORT_LIMIT).map(this::row));
	}

	@GetMapping("/repairs/jobs")
	@PreAuthorize("hasAuthority('repairs.work')")
	String jobs(@RequestParam(required = false) Integer page, Model model) {
		CurrentUser user = DataScopes.currentUser();
		model.addAttribute("mine", this.queries.myJobs(user, 0, Paging.MAX_SIZE));
		model.addAttribute("open",
				this.queries.list(user, WorkOrderQueries.WORK,
						new WorkOrderCriteria(null, null, null, null, true, true, null),
						org.springframework.data.domain.PageRequest.of(page == null || page < 0 ? 0 : page,
								Paging.DEFAULT_SIZE, cn.houqin.repairs.domain.DispatchOrder.SORT)));
		return "repairs/jobs";
	}

	private List<Object> row(QueueItem item) {
		return List.of(item.orderNo(), text("repairs.urgency." + item.urgency()),
				text(item.blocksCoreWork() ? "repairs.yes" : "repairs.no"), item.location(),
				text("repairs.category." + item.category()), text("repairs.status." + item.status()),
				TIME.format(item.reportedAt()), TIME.format(item.fixBy()),
				item.assigneeName() == null ? "" : item.assigneeName(), item.unitName());
	}

	private String text(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, null, key, locale);
	}

}
