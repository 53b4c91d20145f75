package cn.houqin.org.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import cn.houqin.shared.security.DataScope;

/**
 * Typed criteria for staff queries; the data scope is always part of them.
 */
final class StaffSpecifications {

	private StaffSpecifications() {
	}

	static Specification<StaffMember> matching(DataScope scope, StaffQuery query, Set<Long> unitFilter) {
		return (root, criteria, cb) -> {
			List<Predicate> all = new ArrayList<>();
			all.add(cb.equal(root.get("tenantId"), scope.tenantId()));
			if (scope.unitRestricted()) {
				List<Predicate> reach = new ArrayList<>();
				if (!scope.unitIds().isEmpty()) {
					reach.add(root.get("unitId").in(scope.unitIds()));
				}
				if (scope.ownStaffId() != null) {
					reach.add(cb.equal(root.get("id"), scope.ownStaffId()));
				}
				all.add(reach.isEmpty() ? cb.disjunction() : cb.or(reach.toArray(Predicate[]::new)));
			}
			if (query.q() != null && !query.q().isBlank()) {
				String like = "%" + query.q().trim().toLowerCase() + "%";
				all.add(cb.or(cb.like(cb.lower(root.get("name")), like),
						cb.like(cb.lower(root.get("employeeNo")), like), cb.like(root.get("mobile"), like)));
			}
			if (unitFilter != null) {
				all.add(root.get("unitId").in(unitFilter));
			}
			if (query.status() != null) {
				all.add(cb.equal(root.get("status"), query.status()));
			}
			if (query.pendingMove()) {
				all.add(cb.isNotNull(root.get("pendingMove").get("kind")));
			}
			if (query.category() != null) {
				all.add(cb.equal(root.get("category"), query.category()));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

}
