package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.approval.ApprovalApi;
import cn.houqin.approval.ApprovalOutcome;
import cn.houqin.approval.SubmitDocument;
import cn.houqin.shared.web.NotFoundException;

/**
 * Stocktakes (盘点): open a count sheet freezing the book quantities, enter counts, close
 * it; variances go to approval and are posted as ledger adjustments once approved.
 */
@Service
@Transactional
public class StocktakeService {

	private final Stocktakes stocktakes;

	private final Items items;

	private final Stocks stocks;

	private final CatalogueService catalogue;

	private final Ledger ledger;

	private final ApprovalApi approvals;

	StocktakeService(Stocktakes stocktakes, Items items, Stocks stocks, CatalogueService catalogue, Ledger ledger,
			ApprovalApi approvals) {
		this.stocktakes = stocktakes;
		this.items = items;
		this.stocks = stocks;
		this.catalogue = catalogue;
		this.ledger = ledger;
		this.approvals = approvals;
	}

	/** Opens a count sheet of every stocked item with its book quantity frozen now. */
	public StocktakeView open(Actor actor) {
		List<Item> stocked = this.items.findByTenantIdAndStockPolicyOrderByCode(actor.tenantId(), StockPolicy.STOCKED);
		Map<Long, Stock> stock = this.stocks
			.findByTenantIdAndItemIdIn(actor.tenantId(), stocked.stream().map(Item::getId).toList())
			.stream()
			.collect(Collectors.toMap(Stock::getItemId, Function.identity()));
		List<StocktakeLine> lines = stocked.stream().map(i -> {
			Stock s = stock.get(i.getId());
			return new StocktakeLine(i.getId(), s == null ? BigDecimal.ZERO : s.getOnHand(),
					s == null ? BigDecimal.ZERO : s.averageCost());
		}).toList();
		Stocktake saved = this.stocktakes.save(new Stocktake(actor.tenantId(), actor.requester().requireUnit(),
				actor.userId(), LocalDate.now(RequisitionService.ZONE), lines));
		return view(saved);
	}

	/** Enters counted quantities (a phone may send one line at a time). */
	public StocktakeView count(Actor actor, long id, Map<Long, BigDecimal> counted) {
		Stocktake stocktake = stocktake(actor, id);
		counted.forEach(stocktake::count);
		return view(this.stocktakes.save(stocktake));
	}

	/** Closes counting; variances are submitted for approval, none posts at once. */
	public StocktakeView close(Actor actor, long id) {
		Stocktake stocktake = stocktake(actor, id);
		stocktake.closeCounting();
		Stocktake saved = this.stocktakes.save(stocktake);
		if (saved.getStatus() == StocktakeStatus.IN_APPROVAL) {
			long approvalId = this.approvals.submit(actor.tenantId(), new SubmitDocument(Stocktake.TYPE, saved.getId(),
					saved.varianceValue(), saved.getUnitId(), saved.number(), actor.userId(), List.of()));
			saved.submitted(approvalId);
			saved = this.stocktakes.save(saved);
		}
		return view(saved);
	}

	/** The approval's outcome: approved variances are posted as adjustments. */
	public void approvalDecided(long tenantId, long id, ApprovalOutcome outcome) {
		this.stocktakes.findByTenantIdAndId(tenantId, id)
			.filter(s -> s.getStatus() == StocktakeStatus.IN_APPROVAL)
			.ifPresent(s -> {
				if (outcome == ApprovalOutcome.APPROVED) {
					post(s);
				}
				else {
					s.rejected();
				}
				this.stocktakes.save(s);
			});
	}

	private void post(Stocktake stocktake) {
		Map<Long, Item> items = itemsOf(stocktake);
		StockDocument document = new StockDocument(Stocktake.TYPE, stocktake.getId(), stocktake.number(),
				stocktake.getUnitId(), null, stocktake.getOpenedBy(), LocalDate.now(RequisitionService.ZONE));
		for (StocktakeLine line : stocktake.getLines()) {
			if (line.variance().signum() != 0) {
				this.ledger.adjust(items.get(line.getItemId()), line.variance(), document);
			}
		}
		stocktake.posted();
	}

	/** The latest hundred count sheets the actor reaches, newest first. */
	@Transactional(readOnly = true)
	public List<StocktakeView> list(Actor actor) {
		Set<Long> units = new HashSet<>(actor.scope().unitIds());
		units.add(-1L);
		return this.stocktakes.visible(actor.tenantId(), actor.scope().tenantWide(), units, actor.userId())
			.stream()
			.map(this::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public StocktakeView view(Actor actor, long id) {
		return view(stocktake(actor, id));
	}

	private Stocktake stocktake(Actor actor, long id) {
		return this.stocktakes.findByTenantIdAndId(actor.tenantId(), id)
			.filter(s -> actor.scope().permitsUnit(s.getUnitId()) || s.getOpenedBy() == actor.userId())
			.orElseThrow(() -> new NotFoundException("Stocktake", id));
	}

	private Map<Long, Item> itemsOf(Stocktake stocktake) {
		Set<Long> ids = new HashSet<>();
		stocktake.getLines().forEach(l -> ids.add(l.getItemId()));
		return this.catalogue.itemsOf(stocktake.getTenantId(), ids, "itemId");
	}

	private StocktakeView view(Stocktake s) {
		Map<Long, Item> items = itemsOf(s);
		List<StocktakeView.Line> lines = s.getLines()
			.stream()
			.map(l -> new StocktakeView.Line(l.getItemId(), items.get(l.getItemId()).getName(),
					items.get(l.getItemId()).getUnit(), Quantities.of(l.getBookQuantity()),
					Quantities.of(l.getCountedQuantity()), Quantities.of(l.variance())))
			.toList();
		return new StocktakeView(s.getId(), s.number(), s.getOpenedOn(), s.getStatus(), s.getApprovalId(),
				Money.of(s.varianceValue()), lines);
	}

}
