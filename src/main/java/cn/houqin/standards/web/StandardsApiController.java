package cn.houqin.standards.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.standards.Finding;
import cn.houqin.standards.StandardSubject;
import cn.houqin.standards.StandardsApi;
import cn.houqin.standards.domain.RuleView;
import cn.houqin.standards.domain.SetView;
import cn.houqin.standards.domain.StandardsCatalogue;

@RestController
@RequestMapping("/api/v1/standards")
@Tag(name = "standards", description = "Standards (超标预警): dated, cited standard sets, their rules, and the check")
class StandardsApiController {

	private final StandardsCatalogue catalogue;

	private final StandardsApi standards;

	private final Managers managers;

	StandardsApiController(StandardsCatalogue catalogue, StandardsApi standards, Managers managers) {
		this.catalogue = catalogue;
		this.standards = standards;
		this.managers = managers;
	}

	@GetMapping("/sets")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The standard sets the tenant sees: national defaults, then its own")
	List<SetView> sets() {
		return this.catalogue.sets(this.managers.tenantId());
	}

	@GetMapping("/rules")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The rules in force on a day (today by default), optionally of one subject")
	List<RuleView> rules(@RequestParam(required = false) StandardSubject subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return this.catalogue.rulesInForce(this.managers.tenantId(), subject,
				on == null ? StandardsCatalogue.today() : on);
	}

	@PostMapping("/check")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Check a value against a rule (or every matching rule of a subject); 422 for an unknown rule")
	List<Finding> check(@Valid @RequestBody CheckRequest request) {
		return this.standards.check(this.managers.tenantId(), request.toCheck());
	}

}
