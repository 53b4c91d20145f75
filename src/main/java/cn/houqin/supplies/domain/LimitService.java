package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.web.NotFoundException;

/**
 * Requisition limits per item (default none), and which limits a requisition goes over.
 */
@Service
@Transactional
public class LimitService {

	static final List<RequisitionStatus> NOT_COUNTED = List.of(RequisitionStatus.CANCELLED, RequisitionStatus.REJECTED);

	private final RequisitionLimits limits;

	private final Requisitions requisitions;

	private final CatalogueService catalogue;

	LimitService(RequisitionLimits limits, Requisitions requisitions, CatalogueService catalogue) {
		this.limits = limits;
		this.requisitions = requisitions;
		this.catalogue = catalogue;
	}

	/** Every item's limits, by item name. */
	@Transactional(readOnly = true)
	public List<LimitView> all(long tenantId) {
		List<RequisitionLimit> found = this.limits.findByTenantIdOrderByItemId(tenantId);
		Map<Long, Item> items = this.catalogue.itemsOf(tenantId,
				found.stream().map(RequisitionLimit::getItemId).collect(Collectors.toSet()), "itemId");
		return found.stream()
			.map(l -> view(l, items.get(l.getItemId())))
			.sorted(Comparator.comparing(LimitView::itemName))
			.toList();
	}

	/**
	 * Sets an item's limits, creating them the first time.
	 * @param version the version the editor saw, or {@code null} for a new one
	 */
	public LimitView set(long tenantId, long itemId, BigDecimal maxPerRequisition, BigDecimal maxPerMonth,
			Long version) {
		Item item = this.catalogue.itemsOf(tenantId, Set.of(itemId), "itemId").get(itemId);
		RequisitionLimit limit = this.limits.findByTenantIdAndItemId(tenantId, itemId).map(existing -> {
			if (version != null && version != existing.getVersion()) {
				throw new ObjectOptimisticLockingFailureException(RequisitionLimit.class, existing.getId());
			}
			existing.change(maxPerRequisition, maxPerMonth);
			return existing;
		}).orElseGet(() -> new RequisitionLimit(tenantId, itemId, maxPerRequisition, maxPerMonth));
		return view(this.limits.saveAndFlush(limit), item);
	}

	/** Removes an item's limits: it has none again. */
	public void remove(long tenantId, long itemId) {
		RequisitionLimit limit = this.limits.findByTenantIdAndItemId(tenantId, itemId)
			.orElseThrow(() -> new NotFoundException("RequisitionLimit", itemId));
		this.limits.delete(limit);
	}

	/**
	 * The limits the lines go over for this requester in the month of the date.
	 * @param lines item id to requested quantity
	 */
	List<RequisitionBreach> breaches(long tenantId, long requesterUserId, Map<Long, BigDecimal> lines, LocalDate on) {
		List<RequisitionBreach> found = new ArrayList<>();
		if (lines.isEmpty()) {
			return found;
		}
		LocalDate from = on.withDayOfMonth(1);
		LocalDate to = on.withDayOfMonth(on.lengthOfMonth());
		List<RequisitionLimit> sorted = new ArrayList<>(
				this.limits.findByTenantIdAndItemIdIn(tenantId, lines.keySet()));
		sorted.sort(Comparator.comparing(RequisitionLimit::getItemId));
		for (RequisitionLimit limit : sorted) {
			BigDecimal used = limit.getMaxPerMonth() == null ? BigDecimal.ZERO : this.requisitions
				.quantityRequested(tenantId, requesterUserId, limit.getItemId(), from, to, NOT_COUNTED);
			found.addAll(limit.breaches(lines.get(limit.getItemId()), Quantities.of(used)));
		}
		return found;
	}

	private LimitView view(RequisitionLimit limit, Item item) {
		return new LimitView(item.getId(), item.getCode(), item.getName(), item.getUnit(), limit.getMaxPerRequisition(),
				limit.getMaxPerMonth(), limit.getVersion());
	}

	static Function<RequisitionBreach, LimitBreach> toView(Map<Long, Item> items) {
		return b -> new LimitBreach(b.getItemId(), items.get(b.getItemId()).getName(), b.getKind(),
				Quantities.of(b.getLimitQuantity()), Quantities.of(b.getUsedQuantity()),
				Quantities.of(b.getRequestedQuantity()));
	}

}
