package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * A stocktake (盘点表, 篇8 第六条 确保帐物相符): book quantities frozen at opening, counts entered
 * (also on a phone), variances posted as adjustments only after approval.
 */
@Entity
@Table(name = "sup_stocktake")
@Audited("supplies.stocktake")
class Stocktake extends Aggregate<Stocktake> {

	static final String TYPE = "SUPPLY_STOCKTAKE";

	@Column(name = "unit_id")
	private long unitId;

	private long openedBy;

	private LocalDate openedOn;

	@Enumerated(EnumType.STRING)
	private StocktakeStatus status;

	private Long approvalId;

	private Instant postedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sup_stocktake_line", joinColumns = @JoinColumn(name = "stocktake_id"))
	@OrderColumn(name = "position")
	private List<StocktakeLine> lines = new ArrayList<>();

	protected Stocktake() {
	}

	Stocktake(long tenantId, long unitId, long openedBy, LocalDate openedOn, List<StocktakeLine> lines) {
		super(tenantId);
		this.unitId = unitId;
		this.openedBy = openedBy;
		this.openedOn = openedOn;
		this.lines.addAll(lines);
		this.status = StocktakeStatus.COUNTING;
	}

	void count(long itemId, BigDecimal quantity) {
		if (this.status != StocktakeStatus.COUNTING) {
			throw new BusinessRuleException("supplies.stocktake.error.notCounting");
		}
		if (quantity == null || quantity.signum() < 0) {
			throw new BusinessRuleException("countedQuantity", "supplies.error.notNegative");
		}
		this.lines.stream()
			.filter(l -> l.getItemId() == itemId)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("itemId", "supplies.item.error.unknown", itemId))
			.count(quantity);
	}

	/** Closes counting: every line needs a count. */
	void closeCounting() {
		if (this.status != StocktakeStatus.COUNTING) {
			throw new BusinessRuleException("supplies.stocktake.error.notCounting");
		}
		if (this.lines.stream().anyMatch(l -> l.getCountedQuantity() == null)) {
			throw new BusinessRuleException("supplies.stocktake.error.uncounted");
		}
		this.status = hasVariance() ? StocktakeStatus.IN_APPROVAL : StocktakeStatus.POSTED;
		if (this.status == StocktakeStatus.POSTED) {
			this.postedAt = Instant.now();
		}
	}

	void submitted(long approvalId) {
		this.approvalId = approvalId;
	}

	void posted() {
		this.status = StocktakeStatus.POSTED;
		this.postedAt = Instant.now();
	}

	void rejected() {
		this.status = StocktakeStatus.REJECTED;
	}

	boolean hasVariance() {
		return this.lines.stream().anyMatch(l -> l.variance().signum() != 0);
	}

	BigDecimal varianceValue() {
		return this.lines.stream().map(l -> l.varianceValue().abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	String number() {
		return "PD" + String.format("%06d", getId());
	}

	long getUnitId() {
		return this.unitId;
	}

	long getOpenedBy() {
		return this.openedBy;
	}

	LocalDate getOpenedOn() {
		return this.openedOn;
	}

	StocktakeStatus getStatus() {
		return this.status;
	}

	Long getApprovalId() {
		return this.approvalId;
	}

	List<StocktakeLine> getLines() {
		return List.copyOf(this.lines);
	}

}
