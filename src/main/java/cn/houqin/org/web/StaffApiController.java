package cn.houqin.org.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.org.domain.StaffRow;
import cn.houqin.org.domain.StaffService;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.PageResult;

@RestController
@RequestMapping("/api/v1/org/staff")
@Tag(name = "org-staff", description = "Staff members (职工), ID cards masked")
class StaffApiController {

	private final StaffService staff;

	private final DataScopes scopes;

	StaffApiController(StaffService staff, DataScopes scopes) {
		this.staff = staff;
		this.scopes = scopes;
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

}
