package cn.houqin.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A year of the store's life: requisitions in date order, each issued line a movement
 * with the running balance, a restocking receipt whenever an item runs low, and the stock
 * counters that result.
 */
final class SuppliesLedger {

	private static final String MOVEMENT_COLUMNS = "id, tenant_id, item_id, kind, quantity, unit_cost, amount, "
			+ "balance_quantity, balance_value, document_type, document_id, document_no, unit_id, staff_id, "
			+ "occurred_on, created_at, created_by";

	private static final long RESTOCK = 100_000;

	private final Db db;

	private final Draw draw;

	private final long tenant;

	private final OrgData org;

	private final List<SuppliesData.Item> items;

	private final Map<Long, long[]> stock = new HashMap<>();

	private final TreeSet<String> months = new TreeSet<>();

	private long movementId;

	private long receiptId;

	private long requisitionCount;

	private Copy movements;

	private Copy receipts;

	private Copy receiptLines;

	private long storeUnit;

	SuppliesLedger(Db db, Draw draw, long tenant, OrgData org, List<SuppliesData.Item> items) {
		this.db = db;
		this.draw = draw;
		this.tenant = tenant;
		this.org = org;
		this.items = items;
		items.forEach(item -> this.stock.put(item.id(), new long[2]));
	}

	void year(List<SuppliesData.Item> stocked, long targetMovements, String[] purposes) throws Exception {
		int requisitions = (int) (targetMovements / 1.4);
		LocalDate[] days = new LocalDate[requisitions];
		for (int i = 0; i < requisitions; i++) {
			days[i] = this.draw.dayInPastYear();
		}
		Arrays.sort(days);
		this.movementId = this.db.reserveIds("sup_movement", targetMovements + stocked.size() * 20L);
		this.receiptId = this.db.reserveIds("sup_receipt", targetMovements / 4 + stocked.size() * 2L);
		long requisitionId = this.db.reserveIds("sup_requisition", requisitions);
		this.storeUnit = this.org.units.get(1).id();
		double[] popularity = Draw.cumulative(Draw.zipfWeights(stocked.size(), 1.0));
		double[] activity = Draw.cumulative(Draw.zipfWeights(this.org.staff.size(), 0.4));
		try (Spools spools = new Spools(this.db)) {
			Copy heads = spools.open("sup_requisition", "id, tenant_id, requester_user_id, requester_staff_id, "
					+ "requester_name, unit_id, purpose, requested_on, status, issued_by, issued_at, confirmed_at, "
					+ "cancelled_at, total, version, created_at, created_by");
			this.receipts = spools.open("sup_receipt", "id, tenant_id, invoice_no, supplier, received_on, "
					+ "receiver_user_id, unit_id, total, reimbursable, version, created_at, created_by");
			Copy lines = spools.open("sup_requisition_line",
					"requisition_id, position, item_id, quantity, unit_cost, amount");
			this.receiptLines = spools.open("sup_receipt_line", "receipt_id, position, item_id, quantity_accepted, "
					+ "quantity_rejected, unit_cost, amount, fixed_asset");
			this.movements = spools.open("sup_movement", MOVEMENT_COLUMNS);
			LocalDate opening = this.draw.today().minusDays(366);
			for (SuppliesData.Item item : stocked) {
				receive(item, item.maxLevel(), opening);
			}
			long issuedFrom = this.movementId;
			for (int i = 0; i < requisitions && this.movementId - issuedFrom < targetMovements - stocked.size(); i++) {
				OrgData.Staff who = this.org.staff.get(this.draw.pick(activity));
				long id = requisitionId + i;
				String status = status(days[i]);
				int lineCount = this.draw.nextInt(10) < 6 ? 1 : this.draw.nextInt(3) < 2 ? 2 : 3;
				BigDecimal total = BigDecimal.ZERO;
				// lines are an ordered collection: positions count from 0, without gaps
				for (int position = 0; position < lineCount; position++) {
					SuppliesData.Item item = stocked.get(this.draw.pick(popularity));
					long quantity = 1 + this.draw.nextInt(Math.max(1, Math.min(5, item.maxLevel() / 10)));
					BigDecimal amount = SuppliesData.money(item.cost().multiply(BigDecimal.valueOf(quantity)));
					total = total.add(amount);
					lines.add(id).add(position).add(item.id()).add(quantity).add(item.cost()).add(amount).end();
					take(item, quantity, status, days[i], id, who);
				}
				boolean issued = status.equals("ISSUED") || status.equals("CONFIRMED");
				heads.add(id)
					.add(this.tenant)
					.add(this.org.userOf.get(who.id()))
					.add(who.id())
					.add(who.name())
					.add(who.unitId())
					.add(purposes[this.draw.nextInt(purposes.length)])
					.add(days[i])
					.add(status)
					.add(issued ? this.org.officeUserId : null)
					.add(issued ? SuppliesData.at(days[i], 120) : null)
					.add(status.equals("CONFIRMED") ? SuppliesData.at(days[i], 180) : null)
					.add(status.equals("CANCELLED") ? SuppliesData.at(days[i], 60) : null)
					.add(issued ? total : null)
					.add(0)
					.add(SuppliesData.at(days[i], 0))
					.add(this.org.userOf.get(who.id()))
					.end();
				this.months.add(days[i].toString().substring(0, 7));
				this.requisitionCount++;
			}
			for (SuppliesData.Item item : stocked) {
				receive(item, RESTOCK, this.draw.today());
			}
		}
		stockCounters();
	}

	private String status(LocalDate day) {
		int roll = this.draw.nextInt(100);
		if (day.isAfter(this.draw.today().minusDays(4))) {
			return roll < 40 ? "SUBMITTED" : roll < 70 ? "ISSUED" : roll < 95 ? "CONFIRMED" : "CANCELLED";
		}
		return roll < 92 ? "CONFIRMED" : roll < 97 ? "ISSUED" : "CANCELLED";
	}

	private void take(SuppliesData.Item item, long quantity, String status, LocalDate day, long requisition,
			OrgData.Staff who) {
		long[] counters = this.stock.get(item.id());
		if (status.equals("CANCELLED")) {
			return;
		}
		if (counters[0] - counters[1] < quantity) {
			receive(item, item.maxLevel() + quantity - (counters[0] - counters[1]), day);
		}
		if (status.equals("SUBMITTED")) {
			counters[1] += quantity;
			return;
		}
		counters[0] -= quantity;
		BigDecimal amount = SuppliesData.money(item.cost().multiply(BigDecimal.valueOf(quantity)));
		movement(item, "ISSUE", -quantity, amount.negate(), "SUPPLY_REQUISITION", requisition,
				"LY%06d".formatted(requisition), who.unitId(), who.id(), day);
	}

	private void receive(SuppliesData.Item item, long quantity, LocalDate day) {
		long id = this.receiptId++;
		long[] counters = this.stock.get(item.id());
		counters[0] += quantity;
		BigDecimal amount = SuppliesData.money(item.cost().multiply(BigDecimal.valueOf(quantity)));
		this.receipts.add(id)
			.add(this.tenant)
			.add("FP" + (10_000_000 + id))
			.add(this.draw.oneOf(List.of("县供销社办公用品店", "文华文具批发部", "新华书店文体中心", "金桥商贸有限公司")))
			.add(day)
			.add(this.org.officeUserId)
			.add(this.storeUnit)
			.add(amount)
			.add(true)
			.add(0)
			.add(SuppliesData.at(day, 30))
			.add(this.org.officeUserId)
			.end();
		this.receiptLines.add(id)
			.add(0)
			.add(item.id())
			.add(quantity)
			.add(0)
			.add(item.cost())
			.add(amount)
			.add(false)
			.end();
		movement(item, "RECEIPT", quantity, amount, "SUPPLY_RECEIPT", id, "RK%06d".formatted(id), this.storeUnit, null,
				day);
	}

	private void movement(SuppliesData.Item item, String kind, long quantity, BigDecimal amount, String type,
			long document, String number, Long unit, Long staff, LocalDate day) {
		long balance = this.stock.get(item.id())[0];
		this.movements.add(this.movementId++)
			.add(this.tenant)
			.add(item.id())
			.add(kind)
			.add(quantity)
			.add(item.cost())
			.add(amount)
			.add(balance)
			.add(SuppliesData.money(item.cost().multiply(BigDecimal.valueOf(balance))))
			.add(type)
			.add(document)
			.add(number)
			.add(unit)
			.add(staff)
			.add(day)
			.add(SuppliesData.at(day, 90))
			.add(this.org.officeUserId)
			.end();
	}

	private void stockCounters() throws Exception {
		try (Copy copy = this.db.copy("sup_stock", "item_id, tenant_id, on_hand, reserved, stock_value")) {
			for (SuppliesData.Item item : this.items) {
				long[] counters = this.stock.get(item.id());
				copy.add(item.id())
					.add(this.tenant)
					.add(counters[0])
					.add(counters[1])
					.add(SuppliesData.money(item.cost().multiply(BigDecimal.valueOf(counters[0]))))
					.end();
			}
			this.db.copied("sup_stock", copy.rows());
		}
	}

	List<String> months() {
		return List.copyOf(this.months.descendingSet()).subList(0, Math.min(3, this.months.size()));
	}

	long requisitions() {
		return this.requisitionCount;
	}

}
