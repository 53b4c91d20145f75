package cn.houqin.supplies.domain;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stocktake schedule (篇8 第六条 定期进行办公用品库房盘点): every three months unless the tenant set
 * otherwise; a stocktake is due when none was opened in the current period.
 */
@Service
@Transactional
public class StocktakeSchedule {

	private final Settings settings;

	private final Stocktakes stocktakes;

	StocktakeSchedule(Settings settings, Stocktakes stocktakes) {
		this.settings = settings;
		this.stocktakes = stocktakes;
	}

	/** Months between stocktakes (1, 2, 3, 4, 6 or 12); 3 when never set. */
	@Transactional(readOnly = true)
	public int months(long tenantId) {
		return this.settings.findByTenantId(tenantId)
			.map(SupplySettings::getStocktakeMonths)
			.orElse(SupplySettings.DEFAULT_MONTHS);
	}

	public void setMonths(long tenantId, int months) {
		this.settings.findByTenantId(tenantId).ifPresentOrElse(s -> {
			s.stocktakeEvery(months);
			this.settings.save(s);
		}, () -> this.settings.save(new SupplySettings(tenantId, months)));
	}

	/** The first day of the period the day falls in. */
	@Transactional(readOnly = true)
	public LocalDate periodStart(long tenantId, LocalDate day) {
		return SupplySettings.periodStart(months(tenantId), day);
	}

	/**
	 * Whether no stocktake was opened from the start of the day's period up to the day.
	 */
	@Transactional(readOnly = true)
	public boolean due(long tenantId, LocalDate day) {
		return !this.stocktakes.existsByTenantIdAndOpenedOnBetween(tenantId, periodStart(tenantId, day), day);
	}

}
