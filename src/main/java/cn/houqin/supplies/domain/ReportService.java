package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;
import cn.houqin.shared.security.DataScope;

/**
 * Reports over the ledger: consumption by unit, person, category or month; spend (goods
 * received) by month; price history of an item; slow-moving stock. Each is limited to the
 * units of a data scope.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	/** How consumption is grouped. */
	public enum Grouping {

		UNIT, PERSON, CATEGORY, MONTH

	}

	private final EntityManager entityManager;

	private final OrgApi org;

	private final Categories categories;

	private final Budgets budgets;

	ReportService(EntityManager entityManager, OrgApi org, Categories categories, Budgets budgets) {
		this.entityManager = entityManager;
		this.org = org;
		this.categories = categories;
		this.budgets = budgets;
	}

	/**
	 * Spend against budget for a calendar year, per unit in the scope: the row's quantity
	 * is the unit's budget in 元 ({@code null} when it has none), its amount what was
	 * received for the unit in the year. Units with a budget or a spend are listed, by
	 * name.
	 */
	public List<ReportRow> spendAgainstBudget(DataScope scope, int year) {
		if (reachesNothing(scope)) {
			return List.of();
		}
		TypedQuery<Object[]> query = this.entityManager
			.createQuery("select r.unitId, sum(r.total) from Receipt r where r.tenantId = :tenantId "
					+ "and r.receivedOn >= :from and r.receivedOn <= :to" + units(scope, "r") + " group by r.unitId",
					Object[].class)
			.setParameter("tenantId", scope.tenantId())
			.setParameter("from", LocalDate.of(year, 1, 1))
			.setParameter("to", LocalDate.of(year, 12, 31));
		bindUnits(query, scope);
		Map<Long, BigDecimal> spent = new java.util.HashMap<>();
		query.getResultList().forEach(r -> spent.put((Long) r[0], (BigDecimal) r[1]));
		Map<Long, BigDecimal> budgeted = new java.util.HashMap<>();
		this.budgets.findByTenantIdAndYear(scope.tenantId(), year)
			.stream()
			.filter(b -> scope.tenantWide() || scope.unitIds().contains(b.getUnitId()))
			.forEach(b -> budgeted.put(b.getUnitId(), b.getAmount()));
		Set<Long> unitIds = new java.util.HashSet<>(spent.keySet());
		unitIds.addAll(budgeted.keySet());
		Map<Long, String> names = this.org.unitNames(scope.tenantId(), unitIds);
		return unitIds.stream()
			.map(id -> new ReportRow(names.getOrDefault(id, ""), budgeted.get(id),
					Money.of(spent.getOrDefault(id, BigDecimal.ZERO))))
			.sorted(java.util.Comparator.comparing(ReportRow::label))
			.toList();
	}

	/** Issues in the period (inclusive), grouped; quantities and amounts are positive. */
	public List<ReportRow> consumption(long tenantId, Grouping by, LocalDate from, LocalDate to) {
		return consumption(everything(tenantId), by, from, to);
	}

	/** Issues to units in the scope in the period (inclusive), grouped. */
	public List<ReportRow> consumption(DataScope scope, Grouping by, LocalDate from, LocalDate to) {
		if (reachesNothing(scope)) {
			return List.of();
		}
		long tenantId = scope.tenantId();
		String key = switch (by) {
			case UNIT -> "m.unitId";
			case PERSON -> "m.staffId";
			case CATEGORY -> "i.categoryId";
			case MONTH -> "extract(year from m.occurredOn) * 100 + extract(month from m.occurredOn)";
		};
		TypedQuery<Object[]> query = this.entityManager
			.createQuery("select " + key + ", -sum(m.quantity), -sum(m.amount) from Movement m, Item i "
					+ "where i.id = m.itemId and m.tenantId = :tenantId and m.kind = :kind "
					+ "and m.occurredOn >= :from and m.occurredOn <= :to" + units(scope, "m") + " group by " + key
					+ " order by 3 desc", Object[].class)
			.setParameter("tenantId", tenantId)
			.setParameter("kind", MovementKind.ISSUE)
			.setParameter("from", from)
			.setParameter("to", to);
		bindUnits(query, scope);
		List<Object[]> rows = query.getResultList();
		Function<Object, String> label = labels(tenantId, by, rows);
		List<ReportRow> result = new ArrayList<>();
		for (Object[] row : rows) {
			result.add(new ReportRow(label.apply(row[0]), Quantities.of((BigDecimal) row[1]),
					Money.of((BigDecimal) row[2])));
		}
		if (by == Grouping.MONTH) {
			result.sort(java.util.Comparator.comparing(ReportRow::label));
		}
		return result;
	}

	/** Goods received into stock per month in the period. */
	public List<ReportRow> spend(long tenantId, LocalDate from, LocalDate to) {
		return spend(everything(tenantId), from, to);
	}

	/** Goods received for units in the scope per month in the period. */
	public List<ReportRow> spend(DataScope scope, LocalDate from, LocalDate to) {
		if (reachesNothing(scope)) {
			return List.of();
		}
		TypedQuery<Object[]> query = this.entityManager
			.createQuery("select extract(year from r.receivedOn) * 100 + extract(month from r.receivedOn), count(r), "
					+ "sum(r.total) from Receipt r where r.tenantId = :tenantId and r.receivedOn >= :from "
					+ "and r.receivedOn <= :to" + units(scope, "r") + " group by extract(year from r.receivedOn) * 100 "
					+ "+ extract(month from r.receivedOn) order by 1", Object[].class)
			.setParameter("tenantId", scope.tenantId())
			.setParameter("from", from)
			.setParameter("to", to);
		bindUnits(query, scope);
		List<Object[]> rows = query.getResultList();
		return rows.stream()
			.map(r -> new ReportRow(month(r[0]), BigDecimal.valueOf(((Number) r[1]).longValue()),
					Money.of((BigDecimal) r[2])))
			.toList();
	}

	/** Every receipt of an item with its unit cost, oldest first. */
	public List<ReportRow> priceHistory(long tenantId, long itemId) {
		return priceHistory(everything(tenantId), itemId);
	}

	/** Every receipt of an item for units in the scope, oldest first. */
	public List<ReportRow> priceHistory(DataScope scope, long itemId) {
		if (reachesNothing(scope)) {
			return List.of();
		}
		TypedQuery<Movement> query = this.entityManager
			.createQuery("select m from Movement m where m.tenantId = :tenantId and m.itemId = :itemId "
					+ "and m.kind = :kind" + units(scope, "m") + " order by m.id", Movement.class)
			.setParameter("tenantId", scope.tenantId())
			.setParameter("itemId", itemId)
			.setParameter("kind", MovementKind.RECEIPT);
		bindUnits(query, scope);
		return query.getResultList()
			.stream()
			.map(Movement::view)
			.map(v -> new ReportRow(v.occurredOn().toString(), v.quantity(), v.unitCost()))
			.toList();
	}

	/** Stocked items with stock on hand and no issue since the given day. */
	public List<ReportRow> slowMovers(long tenantId, LocalDate since) {
		return slowMovers(everything(tenantId), since);
	}

	/**
	 * Stocked items with stock on hand and no issue since the given day; for a scope
	 * short of the whole tenant, only items received for units in it.
	 */
	public List<ReportRow> slowMovers(DataScope scope, LocalDate since) {
		if (reachesNothing(scope)) {
			return List.of();
		}
		String received = scope.tenantWide() ? ""
				: " and exists (select 1 from Movement r where r.itemId = i.id and r.kind = :receipt"
						+ units(scope, "r") + ")";
		TypedQuery<Object[]> query = this.entityManager
			.createQuery("select i.name, s.onHand, s.stockValue from Item i, Stock s where s.itemId = i.id "
					+ "and i.tenantId = :tenantId and s.onHand > 0 and not exists (select 1 from Movement m "
					+ "where m.itemId = i.id and m.kind = :kind and m.occurredOn >= :since)" + received
					+ " order by s.stockValue desc", Object[].class)
			.setParameter("tenantId", scope.tenantId())
			.setParameter("kind", MovementKind.ISSUE)
			.setParameter("since", since);
		if (!scope.tenantWide()) {
			query.setParameter("receipt", MovementKind.RECEIPT);
		}
		bindUnits(query, scope);
		List<Object[]> rows = query.getResultList();
		return rows.stream()
			.map(r -> new ReportRow((String) r[0], Quantities.of((BigDecimal) r[1]), Money.of((BigDecimal) r[2])))
			.toList();
	}

	private static DataScope everything(long tenantId) {
		return new DataScope(tenantId, true, Set.of(), null, 0L);
	}

	private static boolean reachesNothing(DataScope scope) {
		return !scope.tenantWide() && scope.unitIds().isEmpty();
	}

	/**
	 * The condition limiting rows to the scope's units (a fixed fragment, the ids bound).
	 */
	private static String units(DataScope scope, String alias) {
		return scope.tenantWide() ? "" : " and " + alias + ".unitId in :units";
	}

	private static void bindUnits(TypedQuery<?> query, DataScope scope) {
		if (!scope.tenantWide()) {
			query.setParameter("units", scope.unitIds());
		}
	}

	private Function<Object, String> labels(long tenantId, Grouping by, List<Object[]> rows) {
		List<Long> ids = rows.stream().map(r -> r[0]).filter(Long.class::isInstance).map(Long.class::cast).toList();
		return switch (by) {
			case UNIT -> {
				Map<Long, String> names = this.org.unitNames(tenantId, ids);
				yield id -> id == null ? "" : names.getOrDefault((Long) id, "");
			}
			case PERSON -> {
				Map<Long, StaffSummary> staff = this.org.staff(tenantId, ids);
				yield id -> id == null || !staff.containsKey((Long) id) ? "" : staff.get((Long) id).name();
			}
			case CATEGORY -> {
				Map<Long, String> names = this.categories.findByTenantIdOrderByCode(tenantId)
					.stream()
					.collect(Collectors.toMap(Category::getId, Category::getName));
				yield id -> names.getOrDefault((Long) id, "");
			}
			case MONTH -> ReportService::month;
		};
	}

	private static String month(Object yyyymm) {
		int value = ((Number) yyyymm).intValue();
		return String.format("%d-%02d", value / 100, value % 100);
	}

}
