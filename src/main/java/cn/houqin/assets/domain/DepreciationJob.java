package cn.houqin.assets.domain;

import java.time.YearMonth;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the past month's depreciation for every tenant early on the first of the month, on
 * one node (ShedLock).
 */
@Component
class DepreciationJob {

	private static final Logger log = LoggerFactory.getLogger(DepreciationJob.class);

	private final DepreciationService depreciation;

	DepreciationJob(DepreciationService depreciation) {
		this.depreciation = depreciation;
	}

	@Scheduled(cron = "${houqin.assets.depreciation-cron:0 20 2 1 * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "assets.depreciation", lockAtMostFor = "PT1H")
	void runPastMonth() {
		YearMonth month = YearMonth.from(AssetService.today()).minusMonths(1);
		for (Long tenantId : this.depreciation.tenantsWithAssets()) {
			DepreciationService.MonthCharge charge = this.depreciation.run(tenantId, month);
			log.info("Depreciation {} of tenant {}: {} cards, {}", month, tenantId, charge.assets(), charge.amount());
		}
	}

}
