package cn.houqin.org.domain;

import java.util.Optional;

import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.jpa.Aggregate;

/**
 * Rules shared by the tenant's reference lists (positions, ranks): they are the same for
 * every unit, so only a manager whose scope is the whole tenant may change them; codes
 * and names are unique, because staff sheets match positions and ranks by name.
 */
final class ReferenceDataRules {

	private ReferenceDataRules() {
	}

	static void requireTenantWide(DataScope scope) {
		if (!scope.tenantWide()) {
			throw new BusinessRuleException("org.reference.error.tenantScope");
		}
	}

	static void requireFree(Optional<? extends Aggregate<?>> holder, Long except, String field, String messageKey,
			String value) {
		holder.filter(other -> !other.getId().equals(except)).ifPresent(other -> {
			throw new BusinessRuleException(field, messageKey, value);
		});
	}

}
