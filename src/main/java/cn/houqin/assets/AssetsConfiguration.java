package cn.houqin.assets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.houqin.approval.DefaultPolicy;
import cn.houqin.approval.DefaultPolicy.Step;
import cn.houqin.approval.DefaultPolicy.Tier;
import cn.houqin.assets.domain.DisposalSettings;
import cn.houqin.shared.security.Permissions;

/**
 * The assets module's permission codes with the built-in roles' defaults, and the default
 * approval policies of disposals: the unit head signs; a batch of 20万元 or more, or a bulk
 * disposal, also goes to the leadership committee (集体研究).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisposalSettings.class)
class AssetsConfiguration {

	static final String VIEW = "assets.view";

	static final String MANAGE = "assets.manage";

	static final String MOVE = "assets.move";

	static final String STOCKTAKE = "assets.stocktake";

	static final String STOCKTAKE_MANAGE = "assets.stocktake.manage";

	static final String DISPOSE = "assets.dispose";

	static final String REPORT = "assets.report";

	@Bean
	Permissions assetsPermissionCodes() {
		List<String> all = List.of(VIEW, MANAGE, MOVE, STOCKTAKE, STOCKTAKE_MANAGE, DISPOSE, REPORT);
		return new Permissions("assets.module", all,
				Map.ofEntries(Map.entry("admin", Set.copyOf(all)), Map.entry("asset-keeper", Set.copyOf(all)),
						Map.entry("logistics",
								Set.of(VIEW, MANAGE, MOVE, STOCKTAKE, STOCKTAKE_MANAGE, DISPOSE, REPORT)),
						Map.entry("logistics-head", Set.of(VIEW, MOVE, STOCKTAKE, STOCKTAKE_MANAGE, DISPOSE, REPORT)),
						Map.entry("unit-head", Set.of(VIEW, STOCKTAKE_MANAGE, REPORT)),
						Map.entry("committee", Set.of(VIEW, REPORT)),
						Map.entry("dept-head", Set.of(VIEW, MOVE, STOCKTAKE)),
						Map.entry("staff", Set.of(VIEW, MOVE, STOCKTAKE)), Map.entry("technician", Set.of(VIEW)),
						Map.entry("finance", Set.of(VIEW, REPORT)), Map.entry("auditor", Set.of(VIEW, REPORT))));
	}

	@Bean
	DefaultPolicy assetDisposalPolicy() {
		return new DefaultPolicy("ASSET_DISPOSAL",
				List.of(new Tier(new BigDecimal("199999.99"), List.of(Step.of("unit-head"))),
						new Tier(null, List.of(Step.of("unit-head"), Step.collectiveOf("committee")))),
				false);
	}

	/**
	 * Two tiers with the same steps: the approval module stores a tier's bounds as one
	 * embedded value, and a single tier with neither bound would be read back as none.
	 */
	@Bean
	DefaultPolicy assetBulkDisposalPolicy() {
		List<Step> steps = List.of(Step.of("unit-head"), Step.collectiveOf("committee"));
		return new DefaultPolicy("ASSET_DISPOSAL_BULK",
				List.of(new Tier(new BigDecimal("0.00"), steps), new Tier(null, steps)), false);
	}

}
