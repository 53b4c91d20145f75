package cn.houqin.assets.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.assets.domain.AssetService;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.NavigationItem;
import cn.houqin.shared.web.PendingWork;

/**
 * The assets module's menu entries and its pending work (movements to confirm).
 */
@Configuration(proxyBeanMethods = false)
class AssetNavigation {

	private static final String GROUP = "assets.nav.group";

	@Bean
	NavigationItem assetsRegisterNavigation() {
		return new NavigationItem(50, "assets.nav.register", "/assets", "assets.view", GROUP);
	}

	@Bean
	NavigationItem assetsAwaitingNavigation() {
		return new NavigationItem(51, "assets.nav.awaiting", "/assets/awaiting", "assets.view", GROUP);
	}

	@Bean
	NavigationItem assetsStocktakesNavigation() {
		return new NavigationItem(52, "assets.nav.stocktakes", "/assets/stocktakes", "assets.stocktake", GROUP);
	}

	@Bean
	NavigationItem assetsDisposalsNavigation() {
		return new NavigationItem(53, "assets.nav.disposals", "/assets/disposals", "assets.dispose", GROUP);
	}

	@Bean
	NavigationItem assetsIdleNavigation() {
		return new NavigationItem(54, "assets.nav.idle", "/assets/idle", "assets.view", GROUP);
	}

	@Bean
	NavigationItem assetsReportsNavigation() {
		return new NavigationItem(55, "assets.nav.reports", "/assets/reports", "assets.report", GROUP);
	}

	@Bean
	NavigationItem assetsImportNavigation() {
		return new NavigationItem(56, "assets.nav.import", "/assets/import", "assets.manage", GROUP);
	}

	@Bean
	NavigationItem assetsCategoriesNavigation() {
		return new NavigationItem(57, "assets.nav.categories", "/assets/categories", "assets.view", GROUP);
	}

	@Bean
	PendingWork assetsPendingWork(AssetService assets) {
		return (CurrentUser user) -> {
			if (!user.can("assets.view")) {
				return List.of();
			}
			return List.of(new PendingWork.PendingItem("assets.pending.awaiting", assets.awaitingCount(user),
					"/assets/awaiting"));
		};
	}

}
