package cn.houqin.supplies.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.domain.LimitService;
import cn.houqin.supplies.domain.LimitView;

/**
 * Requisition limits in the JSON API: an item's per-requisition and per-month quantities
 * above which a requisition needs approval.
 */
@RestController
@RequestMapping("/api/v1/supplies/limits")
@Tag(name = "supplies", description = "Office supplies: requisition limits")
class LimitApiController {

	private final LimitService limits;

	LimitApiController(LimitService limits) {
		this.limits = limits;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('supplies.limits.manage')")
	@Operation(summary = "Every item's requisition limits; an item not listed has none")
	List<LimitView> all() {
		return this.limits.all(tenantId());
	}

	@PutMapping("/{itemId}")
	@PreAuthorize("hasAuthority('supplies.limits.manage')")
	@Operation(summary = "Sets an item's limits: {maxPerRequisition?, maxPerMonth?, version?}; 422 when neither "
			+ "is given or one is not more than zero")
	LimitView set(@PathVariable long itemId, @RequestBody Limits body) {
		return this.limits.set(tenantId(), itemId, body.maxPerRequisition(), body.maxPerMonth(), body.version());
	}

	@DeleteMapping("/{itemId}")
	@PreAuthorize("hasAuthority('supplies.limits.manage')")
	@Operation(summary = "Removes an item's limits")
	ResponseEntity<Void> remove(@PathVariable long itemId) {
		this.limits.remove(tenantId(), itemId);
		return ResponseEntity.noContent().build();
	}

	private static long tenantId() {
		return DataScopes.currentUser().tenantId();
	}

	/**
	 * @param maxPerRequisition most one requisition may ask without approval
	 * @param maxPerMonth most one person may requisition in a calendar month without
	 * approval
	 * @param version the version last read, for optimistic locking
	 */
	record Limits(BigDecimal maxPerRequisition, BigDecimal maxPerMonth, Long version) {
	}

}
