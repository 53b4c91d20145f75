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

import cn.houqin.org.domain.PositionService;
import cn.houqin.org.domain.PositionView;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.PageResult;

@RestController
@RequestMapping("/api/v1/org/positions")
@Tag(name = "org-positions", description = "Positions (岗位), reference data of the tenant")
class PositionApiController {

	private final PositionService positions;

	private final DataScopes scopes;

	PositionApiController(PositionService positions, DataScopes scopes) {
		this.positions = positions;
		this.scopes = scopes;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('org.unit.view')")
	@Operation(summary = "The tenant's positions: q searches code and name; also sort (code, name, category), "
			+ "page, size")
	PageResult<PositionView> list(PositionFilter filter) {
		return this.positions.list(this.scopes.forPermission("org.unit.view").tenantId(), filter.getQ(),
				filter.pageable());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('org.unit.view')")
	@Operation(summary = "One position of the tenant")
	PositionView get(@PathVariable long id) {
		return this.positions.view(this.scopes.forPermission("org.unit.view").tenantId(), id);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('org.unit.manage')")
	@Operation(summary = "Create a position; needs tenant-wide scope, code and name unique in the tenant")
	ResponseEntity<PositionView> create(@Valid @RequestBody PositionRequest request) {
		PositionView created = this.positions.create(this.scopes.forPermission("org.unit.manage"), request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/org/positions/" + created.id())).body(created);
	}

}
