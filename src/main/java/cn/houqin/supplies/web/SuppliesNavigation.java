package cn.houqin.supplies.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.NavigationItem;
import cn.houqin.shared.web.PendingWork;
import cn.houqin.supplies.domain.PurchaseService;
import cn.houqin.supplies.domain.RequisitionService;
import cn.houqin.supplies.domain.StocktakeSchedule;

/**
 * The supplies menu entries and the keeper's pending work.
 */
@Configuration(proxyBeanMethods = false)
class SuppliesNavigation {

	private static final String GROUP = "supplies.nav.group";

	@Bean
	NavigationItem suppliesRequisitionsNavigation() {
		return new NavigationItem(40, "supplies.nav.requisitions", "/supplies/requisitions",
				"supplies.requisition.create", GROUP);
	}

	@Bean
	NavigationItem suppliesPurchasesNavigation() {
		return new NavigationItem(41, "supplies.nav.purchases", "/supplies/purchases", "supplies.purchase.create",
				GROUP);
	}

	@Bean
	NavigationItem suppliesItemsNavigation() {
		return new NavigationItem(42, "supplies.nav.items", "/supplies/items", "supplies.item.view", GROUP);
	}

	@Bean
	NavigationItem suppliesRegisterNavigation() {
		return new NavigationItem(43, "supplies.nav.register", "/supplies/register", "supplies.store.manage", GROUP);
	}

	@Bean
	NavigationItem suppliesReportsNavigation() {
		return new NavigationItem(44, "supplies.nav.reports", "/supplies/reports", "supplies.report.view", GROUP);
	}

	@Bean
	NavigationItem suppliesStocktakesNavigation() {
		return new NavigationItem(45, "supplies.nav.stocktakes", "/supplies/stocktakes", "supplies.store.manage",
				GROUP);
	}

	@Bean
	NavigationItem suppliesLimitsNavigation() {
		return new NavigationItem(46, "supplies.nav.limits", "/supplies/limits", "supplies.limits.manage", GROUP);
	}

	@Bean
	NavigationItem suppliesDamagesNavigation() {
		return new NavigationItem(47, "supplies.nav.damages", "/supplies/damages", "supplies.store.manage", GROUP);
	}

	@Bean
	PendingWork suppliesPendingWork(RequisitionService requisitions, PurchaseService purchases,
			StocktakeSchedule schedule) {
		return (CurrentUser user) -> {
			List<PendingWork.PendingItem> items = new ArrayList<>();
			if (user.can("supplies.store.manage")) {
				items.add(new PendingWork.PendingItem("supplies.pending.issue",
						requisitions.waitingToIssue(user.tenantId()), "/supplies/requisitions?status=SUBMITTED"));
				if (schedule.due(user.tenantId(), LocalDate.now(ZoneId.of("Asia/Shanghai")))) {
					items.add(new PendingWork.PendingItem("supplies.pending.stocktakeDue", 1, "/supplies/stocktakes"));
				}
			}
			if (user.can("supplies.purchase.manage")) {
				items.add(new PendingWork.PendingItem("supplies.pending.order",
						purchases.waitingForOrder(user.tenantId()), "/supplies/purchases?status=APPROVED"));
			}
			return items;
		};
	}

}
