package cn.houqin.supplies.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * A tenant's supplies settings: how often the store is counted (篇8 第六条 定期盘点), in months
 * dividing the year, so periods are aligned to it (3 = quarters).
 */
@Entity
@Table(name = "sup_settings")
@Audited("supplies.settings")
class SupplySettings extends Aggregate<SupplySettings> {

	static final int DEFAULT_MONTHS = 3;

	static final List<Integer> ALLOWED = List.of(1, 2, 3, 4, 6, 12);

	private int stocktakeMonths;

	protected SupplySettings() {
	}

	SupplySettings(long tenantId, int stocktakeMonths) {
		super(tenantId);
		stocktakeEvery(stocktakeMonths);
	}

	void stocktakeEvery(int months) {
		if (!ALLOWED.contains(months)) {
			throw new BusinessRuleException("stocktakeMonths", "supplies.schedule.error.months");
		}
		this.stocktakeMonths = months;
	}

	int getStocktakeMonths() {
		return this.stocktakeMonths;
	}

	/** The first day of the counting period the day falls in. */
	static LocalDate periodStart(int months, LocalDate day) {
		int first = (day.getMonthValue() - 1) / months * months + 1;
		return LocalDate.of(day.getYear(), first, 1);
	}

}
