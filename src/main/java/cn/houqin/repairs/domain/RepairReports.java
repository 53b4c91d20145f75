package cn.houqin.repairs.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.AccessApi;
import cn.houqin.access.UserSummary;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;

/**
 * Repair statistics over the work orders reported in a period, within the reader's scope
 * (duplicates linked to another report are not counted twice).
 */
@Service
@Transactional(readOnly = true)
public class RepairReports {

	/** The most work orders one report reads; a longer period is cut here. */
	static final int MAX_ROWS = 50_000;

	private final WorkOrders orders;

	private final DataScopes scopes;

	private final OrgApi org;

	private final AccessApi access;

	RepairReports(WorkOrders orders, DataScopes scopes, OrgApi org, AccessApi access) {
		this.orders = orders;
		this.scopes = scopes;
		this.org = org;
		this.access = access;
	}

	public RepairReport report(CurrentUser user, LocalDate from, LocalDate to) {
		DataScope scope = this.scopes.forPermission(user, WorkOrderQueries.REPORTS);
		List<WorkOrder> rows = this.orders
			.findAll(
					period(scope, from.atStartOfDay(WorkingClock.ZONE).toInstant(),
							to.plusDays(1).atStartOfDay(WorkingClock.ZONE).toInstant()),
					PageRequest.of(0, MAX_ROWS, Sort.by("reportedAt")))
			.getContent();
		long tenant = user.tenantId();
		Map<Long, String> people = new HashMap<>();
		Map<Long, String> units = new HashMap<>();
		Map<Long, java.util.Optional<Long>> teamOfUser = new HashMap<>();
		long[] ratings = new long[5];
		rows.stream().filter(o -> o.getRating() != null).forEach(o -> ratings[o.getRating() - 1]++);
		return new RepairReport(from, to,
				sla(rows, o -> o.getUrgency().name(), List.of(Urgency.values()).stream().map(Enum::name).toList()),
				sla(rows, o -> o.getCategory().name(), List.of(Category.values()).stream().map(Enum::name).toList()),
				sla(rows.stream().filter(o -> o.getAssigneeUserId() != null).toList(),
						o -> people.computeIfAbsent(o.getAssigneeUserId(), id -> name(tenant, id)), List.of()),
				sla(rows.stream().filter(o -> teamOf(tenant, o, teamOfUser) != null).toList(),
						o -> units.computeIfAbsent(teamOf(tenant, o, teamOfUser),
								id -> this.org.unit(tenant, id).map(u -> u.name()).orElse("")),
						List.of()),
				ratings,
				average(rows.stream().filter(o -> o.getRating() != null).map(o -> (long) o.getRating()).toList()),
				costs(rows,
						o -> units.computeIfAbsent(o.getUnitId(),
								id -> this.org.unit(tenant, id).map(u -> u.name()).orElse(""))),
				costs(rows, o -> building(o.getLocation())), recurring(rows));
	}

	private static List<RepairReport.SlaRow> sla(List<WorkOrder> rows, Function<WorkOrder, String> key,
			List<String> fixedKeys) {
		Map<String, List<WorkOrder>> groups = new LinkedHashMap<>();
		fixedKeys.forEach(k -> groups.put(k, new ArrayList<>()));
		rows.forEach(o -> groups.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o));
		List<RepairReport.SlaRow> result = new ArrayList<>();
		groups.forEach((k, group) -> {
			List<WorkOrder> responded = group.stream().filter(o -> o.getRespondedAt() != null).toList();
			List<WorkOrder> fixed = group.stream().filter(o -> o.getFixedAt() != null).toList();
			int respondedOnTime = percent(
					responded.stream().filter(o -> !o.getRespondedAt().isAfter(o.getRespondBy())).count(),
					responded.size());
			int fixedOnTime = percent(fixed.stream().filter(o -> !o.getFixedAt().isAfter(o.getFixBy())).count(),
					fixed.size());
			long respondMinutes = responded.isEmpty() ? 0
					: (long) responded.stream()
						.mapToLong(o -> Duration.between(o.getReportedAt(), o.getRespondedAt()).toMinutes())
						.average()
						.orElse(0);
			BigDecimal fixHours = fixed.isEmpty() ? null
					: BigDecimal
						.valueOf(fixed.stream()
							.mapToLong(o -> Duration.between(o.getReportedAt(), o.getFixedAt()).toMinutes())
							.average()
							.orElse(0) / 60.0)
						.setScale(1, RoundingMode.HALF_UP);
			result.add(new RepairReport.SlaRow(k, group.size(), respondedOnTime, fixedOnTime, respondMinutes, fixHours,
					average(group.stream()
						.filter(o -> o.getRating() != null)
						.map(o -> (long) o.getRating())
						.toList())));
		});
		return result;
	}

	private static List<RepairReport.CostRow> costs(List<WorkOrder> rows, Function<WorkOrder, String> unit) {
		Map<String, List<WorkOrder>> groups = rows.stream().collect(Collectors.groupingBy(unit));
		return groups.entrySet().stream().map(e -> {
			return new RepairReport.CostRow(e.getKey(), e.getValue().size(),
					sum(e.getValue(), WorkOrder::getMaterialsCost), sum(e.getValue(), WorkOrder::getLabourCost),
					sum(e.getValue(), WorkOrder::contractorCostCounted), sum(e.getValue(), WorkOrder::getLabourHours),
					sum(e.getValue(), WorkOrder::totalCost));
		})
			.sorted(Comparator.comparing(RepairReport.CostRow::total)
				.reversed()
				.thenComparing(RepairReport.CostRow::name))
			.toList();
	}

	/**
	 * The building of a location: its first word when it has several (住院部 5 楼 502 病房 →
	 * 住院部), else the text up to and including the first 楼 (门诊楼1层 → 门诊楼), else the whole
	 * location. An order reported against an asset carries the asset's location, so the
	 * same rule applies to it.
	 */
	static String building(String location) {
		String text = location == null ? "" : location.strip();
		String[] words = text.split("\\s+", 2);
		if (words.length > 1) {
			return words[0];
		}
		int floor = text.indexOf('楼');
		return floor > 0 ? text.substring(0, floor + 1) : text;
	}

	private static List<RepairReport.RecurringRow> recurring(List<WorkOrder> rows) {
		Map<String, List<WorkOrder>> byLocation = rows.stream().collect(Collectors.groupingBy(WorkOrder::getLocation));
		return byLocation.entrySet()
			.stream()
			.filter(e -> e.getValue().size() > 1)
			.map(e -> new RepairReport.RecurringRow(e.getKey(),
					e.getValue()
						.stream()
						.collect(Collectors.groupingBy(WorkOrder::getCategory, Collectors.counting()))
						.entrySet()
						.stream()
						.max(Map.Entry.comparingByValue())
						.orElseThrow()
						.getKey(),
					e.getValue().size()))
			.sorted(Comparator.comparingLong(RepairReport.RecurringRow::count)
				.reversed()
				.thenComparing(RepairReport.RecurringRow::location))
			.limit(20)
			.toList();
	}

	private static Specification<WorkOrder> period(DataScope scope, Instant from, Instant to) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("tenantId"), scope.tenantId()));
			where.add(cb.greaterThanOrEqualTo(root.get("reportedAt"), from));
			where.add(cb.lessThan(root.get("reportedAt"), to));
			where.add(cb.notEqual(root.get("status"), WorkOrderStatus.LINKED));
			if (!scope.tenantWide()) {
				where.add(scope.unitIds().isEmpty() ? cb.disjunction() : root.get("unitId").in(scope.unitIds()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static BigDecimal sum(List<WorkOrder> rows, Function<WorkOrder, BigDecimal> value) {
		return rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal average(List<Long> values) {
		return values.isEmpty() ? null
				: BigDecimal.valueOf(values.stream().mapToLong(Long::longValue).average().orElse(0))
					.setScale(2, RoundingMode.HALF_UP);
	}

	private static int percent(long part, long whole) {
		return whole == 0 ? 100 : (int) Math.round(part * 100.0 / whole);
	}

	/**
	 * The team of an order: its plan's team, else the unit of the technician who holds
	 * it.
	 */
	private Long teamOf(long tenantId, WorkOrder order, Map<Long, java.util.Optional<Long>> teamOfUser) {
		if (order.getTeamUnitId() != null) {
			return order.getTeamUnitId();
		}
		if (order.getAssigneeUserId() == null) {
			return null;
		}
		return teamOfUser
			.computeIfAbsent(order.getAssigneeUserId(), id -> this.access.user(tenantId, id).map(UserSummary::unitId))
			.orElse(null);
	}

	private String name(long tenantId, long userId) {
		return this.access.user(tenantId, userId).map(UserSummary::displayName).orElse("");
	}

}
