package cn.houqin.org.web;

import java.net.URI;
import java.util.List;

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

import cn.houqin.org.domain.UnitView;
import cn.houqin.org.domain.OrgUnitService;
import cn.houqin.org.domain.UnitNode;
import cn.houqin.shared.security.DataScopes;

@RestController
@RequestMapping("/api/v1/org/units")
@Tag(name = "org-units", description = "The org-unit tree (组织机构)")
class UnitApiController {

	private final OrgUnitService units;

	private final DataScopes scopes;

	UnitApiController(OrgUnitService units, DataScopes scopes) {
		this.units = units;
		this.scopes = scopes;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('org.unit.view')")
	@Operation(summary = "The units within the caller's scope, as a tree (nested children)")
	List<UnitNode> tree() {
		return this.units.tree(this.scopes.forPermission("org.unit.view"));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('org.unit.view')")
	@Operation(summary = "One unit; 404 when it does not exist or lies outside the caller's scope")
	UnitResponse get(@PathVariable long id) {
		return UnitResponse.of(this.units.view(this.scopes.forPermission("org.unit.view"), id));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('org.unit.manage')")
	@Operation(summary = "Create a unit below a parent within the caller's scope")
	ResponseEntity<UnitResponse> create(@Valid @RequestBody UnitRequest request) {
		UnitView unit = this.units.create(this.scopes.forPermission("org.unit.manage"), request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/org/units/" + unit.id())).body(UnitResponse.of(unit));
	}

}
