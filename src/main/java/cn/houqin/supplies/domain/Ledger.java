package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Component;

import cn.houqin.shared.web.NotFoundException;

/**
 * The stock ledger (台账): the only code that changes stock counters (always inside the
 * caller's transaction), each change written as a movement with the running balance, so
 * on hand and value always equal the sum of the movements.
 */
@Component
class Ledger {

	private final Stocks stocks;

	private final Movements movements;

	private final EntityManager entityManager;

	Ledger(Stocks stocks, Movements movements, EntityManager entityManager) {
		this.stocks = stocks;
		this.movements = movements;
		this.entityManager = entityManager;
	}

	void open(long tenantId, long itemId) {
		if (!this.stocks.existsById(itemId)) {
			this.stocks.save(new Stock(tenantId, itemId));
		}
	}

	/** Books goods into stock at their cost; the average cost moves accordingly. */
	BigDecimal receive(Item item, BigDecimal quantity, BigDecimal unitCost, StockDocument document) {
		Stock stock = locked(item);
		BigDecimal amount = quantity.multiply(unitCost).setScale(2, RoundingMode.HALF_UP);
		stock.receive(quantity, amount);
		this.movements.save(new Movement(item.getTenantId(), item.getId(), MovementKind.RECEIPT, quantity, amount,
				stock, document));
		return amount;
	}

	/** Holds the quantity for a requisition, or says how much is still available. */
	void reserve(Item item, BigDecimal quantity) {
		if (this.stocks.reserve(item.getTenantId(), item.getId(), quantity) == 0) {
			throw short_(item);
		}
		refresh(item);
	}

	void release(Item item, BigDecimal quantity) {
		this.stocks.release(item.getTenantId(), item.getId(), quantity);
		refresh(item);
	}

	/** A stock row this transaction already holds reads the guarded update's result. */
	private void refresh(Item item) {
		Stock cached = this.entityManager.find(Stock.class, item.getId());
		if (cached != null) {
			this.entityManager.refresh(cached);
		}
	}

	/**
	 * Takes goods out at the moving average cost, from a reservation or straight from
	 * what is available.
	 * @return the value issued
	 */
	BigDecimal issue(Item item, BigDecimal quantity, boolean fromReservation, StockDocument document) {
		Stock stock = locked(item);
		BigDecimal limit = fromReservation ? stock.getOnHand() : stock.available();
		if (limit.compareTo(quantity) < 0) {
			throw new StockShortException(item.getId(), item.getName(), stock.available());
		}
		BigDecimal amount = stock.issue(quantity, fromReservation);
		this.movements.save(new Movement(item.getTenantId(), item.getId(), MovementKind.ISSUE, quantity.negate(),
				amount.negate(), stock, document));
		return amount;
	}

	/** Corrects the quantity on hand to what was counted (盘盈/盘亏). */
	BigDecimal adjust(Item item, BigDecimal delta, StockDocument document) {
		Stock stock = locked(item);
		if (delta.signum() < 0 && stock.available().compareTo(delta.negate()) < 0) {
			throw new StockShortException(item.getId(), item.getName(), stock.available());
		}
		BigDecimal amount = stock.adjust(delta);
		this.movements.save(new Movement(item.getTenantId(), item.getId(), MovementKind.ADJUSTMENT, delta, amount,
				stock, document));
		return amount;
	}

	private Stock locked(Item item) {
		Stock stock = this.entityManager.find(Stock.class, item.getId());
		if (stock == null || stock.getTenantId() != item.getTenantId()) {
			throw new NotFoundException("Stock", item.getId());
		}
		// write this transaction's pending changes, then read the row again under the
		// lock
		this.entityManager.flush();
		this.entityManager.refresh(stock, LockModeType.PESSIMISTIC_WRITE);
		return stock;
	}

	private StockShortException short_(Item item) {
		BigDecimal available = this.stocks.available(item.getTenantId(), item.getId()).orElse(BigDecimal.ZERO);
		return new StockShortException(item.getId(), item.getName(), available);
	}

}
