package cn.houqin.repairs.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.repairs.domain.AlreadyTakenException;
import cn.houqin.repairs.domain.Category;
import cn.houqin.repairs.domain.NewReport;
import cn.houqin.repairs.domain.QueueItem;
import cn.houqin.repairs.domain.TechnicianSkills;
import cn.houqin.repairs.domain.Urgency;
import cn.houqin.repairs.domain.WorkOrderCriteria;
import cn.houqin.repairs.domain.WorkOrderQueries;
import cn.houqin.repairs.domain.WorkOrderService;
import cn.houqin.repairs.domain.WorkOrderService.Technician;
import cn.houqin.repairs.domain.WorkOrderView;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;
import cn.houqin.shared.web.Paging;

/**
 * The repairs JSON API: report a fault, the dispatch queue, a technician's jobs and the
 * work order's flow.
 */
@RestController
@RequestMapping("/api/v1/repairs")
class WorkOrderApiController {

	private final WorkOrderService service;

	private final WorkOrderQueries queries;

	private final MessageSource messages;

	private final TechnicianSkills skills;

	WorkOrderApiController(WorkOrderService service, WorkOrderQueries queries, MessageSource messages,
			TechnicianSkills skills) {
		this.service = service;
		this.queries = queries;
		this.messages = messages;
		this.skills = skills;
	}

	@PostMapping("/work-orders")
	@PreAuthorize("hasAuthority('repairs.report')")
	ResponseEntity<Reported> report(@RequestBody ReportRequest request) {
		Category category = Category.parse(request.category());
		if (category == null) {
			throw new BusinessRuleException("category", "repairs.error.category");
		}
		WorkOrderView view = this.service.report(DataScopes.currentUser(),
				new NewReport(request.location(), request.assetId(), category, request.description(),
						Boolean.TRUE.equals(request.safetyHazard()), Boolean.TRUE.equals(request.blocksCoreWork())),
				List.of());
		return ResponseEntity.created(URI.create("/api/v1/repairs/work-orders/" + view.id()))
			.body(new Reported(view.id(), view.orderNo(), view.urgency(), view.respondBy(), view.fixBy(),
					view.status().name(), view.duplicateOfId()));
	}

	@GetMapping("/dispatch-queue")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	PageResult<QueueItem> dispatchQueue(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		int p = page == null || page < 0 ? 0 : page;
		int s = size == null || size < 1 ? Paging.DEFAULT_SIZE : Math.min(size, Paging.MAX_SIZE);
		return this.queries.dispatchQueue(DataScopes.currentUser(), WorkOrderCriteria.openWork(), p, s);
	}

	@GetMapping("/my-jobs")
	@PreAuthorize("hasAuthority('repairs.work')")
	PageResult<QueueItem> myJobs(@RequestParam(required = false) Integer page) {
		return this.queries.myJobs(DataScopes.currentUser(), page == null || page < 0 ? 0 : page, Paging.DEFAULT_SIZE);
	}

	@GetMapping("/work-orders/{id}")
	@PreAuthorize("hasAuthority('repairs.report') or hasAuthority('repairs.work') or hasAuthority('repairs.dispatch')")
	WorkOrderView workOrder(@PathVariable long id) {
		return this.queries.view(DataScopes.currentUser(), id);
	}

	/**
	 * The technicians to offer for the order: skilled in its category first, then by
	 * load.
	 */
	@GetMapping("/work-orders/{id}/candidates")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	List<Technician> candidates(@PathVariable long id) {
		return this.service.candidates(DataScopes.currentUser(), id);
	}

	/**
	 * The technicians of the caller's institution (the administrator: of the tenant) with
	 * their skills and load.
	 */
	@GetMapping("/technicians")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	List<Technician> technicians() {
		return this.service.techniciansFor(DataScopes.currentUser());
	}

	/** Replaces a technician's skills (the fault categories they handle). */
	@PutMapping("/technicians/{userId}/skills")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	Technician skills(@PathVariable long userId, @RequestBody Skills body) {
		CurrentUser user = DataScopes.currentUser();
		if (technicians().stream().noneMatch(t -> t.userId() == userId)) {
			throw new NotFoundException("Technician", userId);
		}
		Set<Category> chosen = EnumSet.noneOf(Category.class);
		List<String> given = body == null || body.categories() == null ? List.of() : body.categories();
		for (int i = 0; i < given.size(); i++) {
			Category category = Category.parse(given.get(i));
			if (category == null) {
				throw new BusinessRuleException("categories[" + i + "]", "repairs.error.category");
			}
			chosen.add(category);
		}
		this.skills.change(user.tenantId(), userId, chosen);
		return technicians().stream().filter(t -> t.userId() == userId).findFirst().orElseThrow();
	}

	@PostMapping("/work-orders/{id}/accept")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	WorkOrderView accept(@PathVariable long id, @RequestBody(required = false) Action action) {
		return this.service.accept(DataScopes.currentUser(), id, version(id, action));
	}

	@PostMapping("/work-orders/{id}/assign")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	WorkOrderView assign(@PathVariable long id, @RequestBody Action action) {
		if (action.technicianUserId() == null) {
			throw new BusinessRuleException("technicianUserId", "repairs.error.technician");
		}
		return this.service.assign(DataScopes.currentUser(), id, version(id, action), action.technicianUserId());
	}

	@PostMapping("/work-orders/{id}/urgency")
	@PreAuthorize("hasAuthority('repairs.dispatch')")
	WorkOrderView urgency(@PathVariable long id, @RequestBody Action action) {
		return this.service.adjustUrgency(DataScopes.currentUser(), id, version(id, action), action.urgency(),
				action.reason());
	}

	@PostMapping("/work-orders/{id}/take")
	@PreAuthorize("hasAuthority('repairs.work')")
	WorkOrderView take(@PathVariable long id) {
		return this.service.take(DataScopes.currentUser(), id);
	}

	@PostMapping("/work-orders/{id}/start")
	@PreAuthorize("hasAuthority('repairs.work')")
	WorkOrderView start(@PathVariable long id, @RequestBody(required = false) Action action) {
		return this.service.start(DataScopes.currentUser(), id, version(id, action));
	}

	@PostMapping("/work-orders/{id}/complete")
	@PreAuthorize("hasAuthority('repairs.work')")
	WorkOrderView complete(@PathVariable long id, @RequestBody Action action) {
		return this.service.complete(DataScopes.currentUser(), id, version(id, action), action.labourHours(),
				action.note());
	}

	@PostMapping("/work-orders/{id}/confirm")
	@PreAuthorize("hasAuthority('repairs.report')")
	WorkOrderView confirm(@PathVariable long id, @RequestBody Action action) {
		return this.service.confirm(DataScopes.currentUser(), id, version(id, action), action.rating(), action.note());
	}

	@PostMapping("/work-orders/{id}/reopen")
	@PreAuthorize("hasAuthority('repairs.report')")
	WorkOrderView reopen(@PathVariable long id, @RequestBody Action action) {
		return this.service.reopen(DataScopes.currentUser(), id, version(id, action), action.reason());
	}

	@ExceptionHandler(AlreadyTakenException.class)
	ResponseEntity<ProblemDetail> taken(AlreadyTakenException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setType(URI.create("https://houqin.cn/problems/conflict"));
		problem.setTitle(text("problem.conflict.title"));
		problem.setDetail(text("repairs.error.taken"));
		problem.setProperty("code", "repairs.error.taken");
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	/** The version the client saw, or the current one when it sent none. */
	private long version(long id, Action action) {
		if (action != null && action.version() != null) {
			return action.version();
		}
		CurrentUser user = DataScopes.currentUser();
		return this.queries.view(user, id).version();
	}

	/**
	 * A fault reported through the API.
	 */
	record ReportRequest(String location, String category, String description, Boolean safetyHazard,
			Boolean blocksCoreWork, Long assetId) {
	}

	/**
	 * The answer to a report: its id, urgency and SLA deadlines.
	 */
	record Reported(long id, String orderNo, Urgency urgency, Instant respondBy, Instant fixBy, String status,
			Long linkedTo) {
	}

	/**
	 * A technician's skills: category codes ({@code WATER}) or names ({@code 水}).
	 */
	record Skills(List<String> categories) {
	}

	/**
	 * The body of a state change; each command reads the fields it needs.
	 */
	record Action(Long version, Long technicianUserId, Urgency urgency, String reason, BigDecimal labourHours,
			String note, Integer rating) {
	}

}
