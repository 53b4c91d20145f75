package cn.houqin.assets.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import cn.houqin.shared.security.DataScope;

/**
 * Typed criteria of asset queries; the data scope is always part of them: the units in
 * scope, plus the caller's own custody.
 */
final class AssetSpecifications {

	private AssetSpecifications() {
	}

	static Specification<Asset> matching(DataScope scope, AssetQuery query) {
		return (root, criteria, cb) -> {
			List<Predicate> all = new ArrayList<>();
			all.add(cb.equal(root.get("tenantId"), scope.tenantId()));
			if (scope.unitRestricted()) {
				List<Predicate> reach = new ArrayList<>();
				if (!scope.unitIds().isEmpty()) {
					reach.add(root.get("unitId").in(scope.unitIds()));
				}
				if (scope.ownStaffId() != null) {
					reach.add(cb.equal(root.get("custodianStaffId"), scope.ownStaffId()));
				}
				all.add(reach.isEmpty() ? cb.disjunction() : cb.or(reach.toArray(Predicate[]::new)));
			}
			if (query.q() != null && !query.q().isBlank()) {
				String like = "%" + query.q().trim().toLowerCase() + "%";
				all.add(cb.or(cb.like(cb.lower(root.get("assetNo")), like), cb.like(cb.lower(root.get("name")), like),
						cb.like(cb.lower(root.get("model")), like), cb.like(cb.lower(root.get("serialNo")), like)));
			}
			if (query.categoryCode() != null && !query.categoryCode().isBlank()) {
				String code = query.categoryCode().trim();
				all.add(cb.or(cb.equal(root.get("categoryCode"), code), cb.equal(root.get("kind"), code)));
			}
			if (query.status() != null) {
				all.add(cb.equal(root.get("status"), query.status()));
			}
			if (query.unitId() != null) {
				all.add(cb.equal(root.get("unitId"), query.unitId()));
			}
			if (query.custodianId() != null) {
				all.add(cb.equal(root.get("custodianStaffId"), query.custodianId()));
			}
			if (query.location() != null && !query.location().isBlank()) {
				all.add(cb.like(cb.lower(root.get("location")), "%" + query.location().trim().toLowerCase() + "%"));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

}
