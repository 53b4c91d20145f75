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

import cn.houqin.org.domain.RankService;
import cn.houqin.org.domain.RankView;
import cn.houqin.shared.security.DataScopes;

@RestController
@RequestMapping("/api/v1/org/ranks")
@Tag(name = "org-ranks", description = "Ranks (职级), reference data of the tenant in rank order")
class RankApiController {

	private final RankService ranks;

	private final DataScopes scopes;

	RankApiController(RankService ranks, DataScopes scopes) {
		this.ranks = ranks;
		this.scopes = scopes;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('org.unit.view')")
	@Operation(summary = "All ranks of the tenant in rank order (highest first)")
	List<RankView> list() {
		return this.ranks.list(this.scopes.forPermission("org.unit.view").tenantId());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('org.unit.view')")
	@Operation(summary = "One rank of the tenant")
	RankView get(@PathVariable long id) {
		return this.ranks.view(this.scopes.forPermission("org.unit.view").tenantId(), id);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('org.unit.manage')")
	@Operation(summary = "Create a rank; needs tenant-wide scope, code and name unique in the tenant")
	ResponseEntity<RankView> create(@Valid @RequestBody RankRequest request) {
		RankView created = this.ranks.create(this.scopes.forPermission("org.unit.manage"), request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/org/ranks/" + created.id())).body(created);
	}

}
