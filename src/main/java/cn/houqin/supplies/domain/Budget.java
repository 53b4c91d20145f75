package cn.houqin.supplies.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * A unit's office-supplies budget for one calendar year, in 元.
 */
@Entity
@Table(name = "sup_budget")
@Audited("supplies.budget")
class Budget extends Aggregate<Budget> {

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "budget_year")
	private int year;

	private BigDecimal amount;

	protected Budget() {
	}

	Budget(long tenantId, long unitId, int year, BigDecimal amount) {
		super(tenantId);
		if (year < 2000 || year > 2100) {
			throw new BusinessRuleException("year", "supplies.budget.error.year");
		}
		this.unitId = unitId;
		this.year = year;
		change(amount);
	}

	void change(BigDecimal amount) {
		if (amount == null || amount.signum() < 0) {
			throw new BusinessRuleException("amount", "supplies.error.notNegative");
		}
		this.amount = Money.of(amount);
	}

	long getUnitId() {
		return this.unitId;
	}

	int getYear() {
		return this.year;
	}

	BigDecimal getAmount() {
		return this.amount;
	}

}
