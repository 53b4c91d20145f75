package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.supplies.SuppliesApi;

/**
 * The supplies store as other modules see it: stocked items and issuing materials against
 * their documents (a repair work order) with the same no-negative guarantee as
 * requisitions.
 */
@Service
@Transactional
class StoreIssues implements SuppliesApi {

	private final CatalogueService catalogue;

	private final Ledger ledger;

	StoreIssues(CatalogueService catalogue, Ledger ledger) {
		this.catalogue = catalogue;
		this.ledger = ledger;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ItemStock> stockedItems(long tenantId, String query, int limit) {
		ItemFilter filter = new ItemFilter(query, null, StockPolicy.STOCKED, false);
		return this.catalogue.items(tenantId, filter, PageRequest.of(0, Math.max(1, limit), Sort.by("code")))
			.items()
			.stream()
			.map(i -> new ItemStock(i.id(), i.code(), i.name(), i.specification(), i.unit(), i.stock().available(),
					i.stock().averageCost()))
			.toList();
	}

	@Override
	public MaterialsIssued issueMaterials(IssueMaterials command) {
		if (command.lines() == null || command.lines().isEmpty()) {
			throw new BusinessRuleException("lines", "supplies.error.noLines");
		}
		Set<Long> ids = new HashSet<>();
		for (IssueMaterials.Line line : command.lines()) {
			Quantities.requirePositive(line.quantity(), "quantity");
			if (!ids.add(line.itemId())) {
				throw new BusinessRuleException("lines", "supplies.error.duplicateItem");
			}
		}
		Map<Long, Item> items = this.catalogue.itemsOf(command.tenantId(), ids, "itemId");
		StockDocument document = new StockDocument(command.documentType(), command.documentId(), command.documentNo(),
				command.unitId(), null, command.userId(), LocalDate.now(RequisitionService.ZONE));
		List<IssueMaterials.Line> ordered = new ArrayList<>(command.lines());
		ordered.sort(Comparator.comparing(IssueMaterials.Line::itemId));
		List<MaterialsIssued.IssuedLine> issued = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (IssueMaterials.Line line : ordered) {
			Item item = items.get(line.itemId());
			BigDecimal amount = this.ledger.issue(item, line.quantity(), false, document);
			issued.add(new MaterialsIssued.IssuedLine(item.getId(), item.getName(), item.getUnit(),
					Quantities.of(line.quantity()), amount.divide(line.quantity(), 2, java.math.RoundingMode.HALF_UP),
					amount));
			total = total.add(amount);
		}
		return new MaterialsIssued(issued, Money.of(total));
	}

}
