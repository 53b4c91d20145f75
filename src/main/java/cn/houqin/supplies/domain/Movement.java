package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the stock ledger: never changed once written. Quantity and amount are
 * signed (out is negative); the balance is the item's stock after it.
 */
@Entity
@Table(name = "sup_movement")
class Movement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tenant_id")
	private long tenantId;

	@Column(name = "item_id")
	private long itemId;

	@Enumerated(EnumType.STRING)
	private MovementKind kind;

	private BigDecimal quantity;

	private BigDecimal unitCost;

	private BigDecimal amount;

	private BigDecimal balanceQuantity;

	private BigDecimal balanceValue;

	private String documentType;

	private Long documentId;

	private String documentNo;

	private Long unitId;

	private Long staffId;

	private LocalDate occurredOn;

	private Instant createdAt;

	private Long createdBy;

	protected Movement() {
	}

	Movement(long tenantId, long itemId, MovementKind kind, BigDecimal quantity, BigDecimal amount, Stock after,
			StockDocument document) {
		this.tenantId = tenantId;
		this.itemId = itemId;
		this.kind = kind;
		this.quantity = quantity;
		this.amount = amount;
		this.unitCost = quantity.signum() == 0 ? BigDecimal.ZERO
				: amount.abs().divide(quantity.abs(), 4, java.math.RoundingMode.HALF_UP);
		this.balanceQuantity = after.getOnHand();
		this.balanceValue = after.getStockValue();
		this.documentType = document.type();
		this.documentId = document.id();
		this.documentNo = document.no();
		this.unitId = document.unitId();
		this.staffId = document.staffId();
		this.occurredOn = document.on();
		this.createdAt = Instant.now();
		this.createdBy = document.userId();
	}

	MovementView view() {
		return new MovementView(this.id, this.itemId, this.kind, Quantities.of(this.quantity), this.unitCost,
				this.amount, Quantities.of(this.balanceQuantity), this.balanceValue, this.documentType, this.documentId,
				this.documentNo, this.occurredOn);
	}

	long getItemId() {
		return this.itemId;
	}

	BigDecimal getQuantity() {
		return this.quantity;
	}

	BigDecimal getAmount() {
		return this.amount;
	}

}
