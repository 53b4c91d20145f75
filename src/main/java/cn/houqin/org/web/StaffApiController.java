package cn.houqin.org.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.org.HandoverCheck.HandoverItem;
import cn.houqin.org.domain.StaffRow;
import cn.houqin.org.domain.StaffService;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.PageResult;

@RestController
@RequestMapping("/api/v1/org/staff")
@Tag(name = "org-staff", description = "Staff members (职工), ID cards masked")
class StaffApiController {

	private final StaffService staff;

	private final DataScopes scopes;

	private final MessageSource messages;

	StaffApiController(StaffService staff, DataScopes scopes, MessageSource messages) {
		this.staff = staff;
		this.scopes = scopes;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('org.staff.view')")
	@Operation(summary = "Staff within the caller's scope: q searches name, employee number and mobile; "
			+ "unitId includes the units below; also status, category, sort, page, size")
	PageResult<StaffRow> list(StaffFilter filter) {
		return this.staff.list(this.scopes.forPermission("org.staff.view"), filter.query(), filter.pageable());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('org.staff.view')")
	@Operation(summary = "One staff member; 404 when outside the caller's scope")
	StaffRow get(@PathVariable long id) {
		return this.staff.view(this.scopes.forPermission("org.staff.view"), id);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('org.staff.manage')")
	@Operation(summary = "Register a staff member in a unit within the caller's scope")
	ResponseEntity<StaffRow> create(@Valid @RequestBody StaffRequest request) {
		StaffRow created = this.staff.register(this.scopes.forPermission("org.staff.manage"), request.toDetails());
		return ResponseEntity.created(URI.create("/api/v1/org/staff/" + created.id())).body(created);
	}

	@PostMapping("/{id}/departure")
	@PreAuthorize("hasAuthority('org.staff.move')")
	@Operation(summary = "Departure (离任): 200 with the person when they have left; 409 listing what every "
			+ "module still holds in their care (assets, supplies, headships) — the departure then waits, "
			+ "and the same call completes it once everything is handed over")
	ResponseEntity<?> depart(@PathVariable long id, @Valid @RequestBody DepartureRequest request) {
		DataScope scope = this.scopes.forPermission("org.staff.move");
		List<HandoverItem> open = this.staff.depart(scope, id, request.exitStatusOrDefault(), request.effectiveOn(),
				request.reason());
		if (open.isEmpty()) {
			return ResponseEntity.ok(this.staff.view(scope, id));
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> items = open.stream()
			.map(item -> Map.of("kind", this.messages.getMessage(item.labelKey(), null, item.labelKey(), locale),
					"detail", item.detail() == null ? "" : item.detail()))
			.toList();
		String listed = items.stream()
			.map(item -> item.get("kind") + " " + item.get("detail"))
			.collect(Collectors.joining("；"));
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setType(URI.create("https://houqin.cn/problems/handover-open"));
		problem.setTitle(this.messages.getMessage("org.move.handover", null, locale));
		problem
			.setDetail(this.messages.getMessage("org.staff.error.handoverOpenList", new Object[] { listed }, locale));
		problem.setProperty("code", "org.staff.error.handoverOpen");
		problem.setProperty("items", items);
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
