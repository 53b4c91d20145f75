package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.org.OrgApi;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * Units' annual office-supplies budgets (default none), for the spend-against-budget
 * report.
 */
@Service
@Transactional
public class BudgetService {

	private final Budgets budgets;

	private final OrgApi org;

	BudgetService(Budgets budgets, OrgApi org) {
		this.budgets = budgets;
		this.org = org;
	}

	/** Sets a unit's budget for a year, creating it the first time. */
	public BudgetView set(long tenantId, Long unitId, int year, BigDecimal amount) {
		if (unitId == null || this.org.unit(tenantId, unitId).isEmpty()) {
			throw new BusinessRuleException("unitId", "supplies.budget.error.unit");
		}
		Budget budget = this.budgets.findByTenantIdAndUnitIdAndYear(tenantId, unitId, year).map(b -> {
			b.change(amount);
			return b;
		}).orElseGet(() -> new Budget(tenantId, unitId, year, amount));
		Budget saved = this.budgets.save(budget);
		return new BudgetView(unitId, this.org.unit(tenantId, unitId).orElseThrow().name(), year, saved.getAmount());
	}

	/** Every unit's budget of the year, by unit name. */
	@Transactional(readOnly = true)
	public List<BudgetView> year(long tenantId, int year) {
		List<Budget> found = this.budgets.findByTenantIdAndYear(tenantId, year);
		Map<Long, String> names = this.org.unitNames(tenantId, found.stream().map(Budget::getUnitId).toList());
		return found.stream()
			.map(b -> new BudgetView(b.getUnitId(), names.getOrDefault(b.getUnitId(), ""), year, b.getAmount()))
			.sorted(Comparator.comparing(BudgetView::unitName))
			.toList();
	}

}
