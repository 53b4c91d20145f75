package cn.houqin.supplies;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.security.Permissions;

/**
 * The supplies module's permission codes and what the built-in roles hold by default.
 */
@Configuration(proxyBeanMethods = false)
class SuppliesPermissions {

	static final String VIEW = "supplies.item.view";

	static final String CATALOGUE = "supplies.item.manage";

	static final String PURCHASE = "supplies.purchase.create";

	static final String PROCURE = "supplies.purchase.manage";

	static final String STORE = "supplies.store.manage";

	static final String REQUISITION = "supplies.requisition.create";

	static final String REPORT = "supplies.report.view";

	static final String LIMITS = "supplies.limits.manage";

	@Bean
	Permissions suppliesPermissionCodes() {
		Set<String> staff = Set.of(VIEW, REQUISITION);
		Set<String> head = Set.of(VIEW, REQUISITION, PURCHASE);
		Set<String> keeper = Set.of(VIEW, CATALOGUE, PURCHASE, PROCURE, STORE, REQUISITION, REPORT);
		Set<String> admin = Set.of(VIEW, CATALOGUE, PURCHASE, PROCURE, STORE, REQUISITION, REPORT, LIMITS);
		Set<String> readers = Set.of(VIEW, REQUISITION, REPORT);
		return new Permissions("supplies.module",
				List.of(VIEW, CATALOGUE, PURCHASE, PROCURE, STORE, REQUISITION, REPORT, LIMITS),
				Map.ofEntries(Map.entry("admin", admin), Map.entry("staff", staff), Map.entry("dept-head", head),
						Map.entry("logistics", keeper),
						Map.entry("logistics-head", Set.of(VIEW, REQUISITION, PURCHASE, PROCURE, REPORT, LIMITS)),
						Map.entry("unit-head", readers), Map.entry("committee", readers),
						Map.entry("asset-keeper", Set.of(VIEW, REQUISITION, REPORT)), Map.entry("dispatcher", staff),
						Map.entry("driver", staff), Map.entry("technician", staff), Map.entry("conduct-office", staff),
						Map.entry("finance", readers), Map.entry("auditor", Set.of(VIEW, REPORT))));
	}

}
