package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.AccessApi;
import cn.houqin.access.UserSummary;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScope;

/**
 * A year of office supplies for the demo hospital (demo profile only): the seed's
 * categories and a catalogue, monthly approved purchases received into stock,
 * requisitions issued and signed for, a few still waiting, and items below their minimum
 * level. Runs once, through the module's own services so the ledger reconciles.
 */
@Component
@Profile("demo")
@Order(40)
class SuppliesDemoData implements ApplicationRunner {

	private final OrgApi org;

	private final AccessApi access;

	private final CatalogueService catalogue;

	private final ReceivingService receiving;

	private final RequisitionService requisitions;

	private final PurchaseRequests purchaseRequests;

	private final Items items;

	private final LimitService limits;

	SuppliesDemoData(OrgApi org, AccessApi access, CatalogueService catalogue, ReceivingService receiving,
			RequisitionService requisitions, PurchaseRequests purchaseRequests, Items items, LimitService limits) {
		this.limits = limits;
		this.org = org;
		this.access = access;
		this.catalogue = catalogue;
		this.receiving = receiving;
		this.requisitions = requisitions;
		this.purchaseRequests = purchaseRequests;
		this.items = items;
	}

	record Product(String code, String category, String name, String spec, String unit, String price, int min, int max,
			int monthly) {
	}

	static final List<Product> STOCKED = List.of(
			new Product("BJ-001", "PEN", "中性笔", "0.5mm 黑色", "支", "2.00", 50, 300, 60),
			new Product("BJ-002", "PEN", "中性笔芯", "0.5mm 黑色", "盒", "12.00", 5, 40, 6),
			new Product("ZZ-001", "PAPER", "A4复印纸", "70g 500张/包", "包", "24.00", 20, 120, 30),
			new Product("ZZ-002", "PAPER", "A3复印纸", "70g 500张/包", "包", "48.00", 4, 20, 3),
			new Product("MJ-001", "TISSUE", "抽取式面巾纸", "200抽", "包", "3.50", 30, 200, 40),
			new Product("ZB-001", "CUP", "一次性纸杯", "250ml 50只/袋", "袋", "6.00", 10, 60, 12));

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long tenantId = this.org.tenantIdByCode("demo").orElseThrow();
		this.catalogue.ensureDefaults(tenantId);
		if (this.items.existsByTenantIdAndCode(tenantId, "BJ-001")) {
			return;
		}
		long store = unit(tenantId, "HOSP-ZWK");
		long internal = unit(tenantId, "HOSP-NK");
		UserSummary keeperUser = holder(tenantId, "logistics", store);
		Actor keeper = actor(tenantId, keeperUser, true);
		UserSummary head = holder(tenantId, "dept-head", internal);
		List<Actor> staff = List.of(actor(tenantId, holder(tenantId, "staff", internal), false),
				actor(tenantId, head, false), keeper);
		List<ItemView> stocked = new ArrayList<>();
		for (Product p : STOCKED) {
			stocked.add(this.catalogue.create(tenantId,
					new ItemDraft(p.code(), p.name(), this.catalogue.categoryId(tenantId, p.category()), p.spec(),
							p.unit(), new BigDecimal(p.price()), StockPolicy.STOCKED, BigDecimal.valueOf(p.min()),
							BigDecimal.valueOf(p.max()), false, null)));
		}
		onDemand(tenantId);
		Random random = new Random(8L);
		LocalDate start = LocalDate.now(RequisitionService.ZONE).minusMonths(12).withDayOfMonth(3);
		String[] purposes = { "科室日常办公", "病历打印", "护士站交班记录", "科室会议", "迎检资料整理", "门诊接待" };
		for (int month = 0; month < 12; month++) {
			LocalDate day = start.plusMonths(month);
			purchaseAndReceive(tenantId, keeper, head, internal, stocked, day, month);
			for (int n = 0; n < 6; n++) {
				ItemView item = stocked.get(random.nextInt(stocked.size()));
				Product p = STOCKED.get(stocked.indexOf(item));
				int quantity = Math.max(1, p.monthly() / 6 + random.nextInt(3));
				Actor who = staff.get(random.nextInt(staff.size()));
				LocalDate on = day.plusDays(2 + n * 4L);
				if (this.catalogue.stock(tenantId, item.id()).available().compareTo(BigDecimal.valueOf(quantity)) < 0) {
					continue;
				}
				RequisitionView r = this.requisitions.submit(who,
						new RequisitionDraft(purposes[random.nextInt(purposes.length)],
								List.of(new RequisitionDraft.Line(item.id(), BigDecimal.valueOf(quantity)))),
						on);
				if (month < 11 || n < 4) {
					java.time.Instant issuedAt = on.atTime(9, 30).atZone(RequisitionService.ZONE).toInstant();
					this.requisitions.issue(keeper, r.id(), on, issuedAt);
					this.requisitions.confirmReceipt(who, r.id(), issuedAt.plusSeconds(60L * (5 + random.nextInt(50))));
				}
			}
		}
		// A3 paper: more than 5 packs in one requisition needs approval from now on.
		this.limits.set(tenantId, stocked.get(3).id(), new BigDecimal("5"), null, null);
	}

	private void purchaseAndReceive(long tenantId, Actor keeper, UserSummary head, long unitId, List<ItemView> stocked,
			LocalDate day, int month) {
		List<PurchaseLine> lines = new ArrayList<>();
		for (int i = 0; i < stocked.size(); i++) {
			Product p = STOCKED.get(i);
			// the last month is bought short so that some items fall below their minimum
			// level
			int quantity = month == 11 && i % 2 == 0 ? Math.max(1, p.min() / 2) : p.monthly();
			lines.add(new PurchaseLine(stocked.get(i).id(), BigDecimal.valueOf(quantity), new BigDecimal(p.price())));
		}
		PurchaseRequest request = new PurchaseRequest(tenantId, head.id(), unitId, head.staffId(),
				"常用办公用品月度补充（" + day.getMonthValue() + "月）", day, lines);
		request.approvalReports(PurchaseStatus.APPROVED);
		request.quote(
				List.of(new Quote("县城文具批发部", request.getTotal(), day.minusDays(2), null),
						new Quote("惠民办公用品商行", request.getTotal().add(new BigDecimal("35.00")), day.minusDays(2), null),
						new Quote("新华书店文具部", request.getTotal().add(new BigDecimal("60.00")), day.minusDays(1), null)),
				0, null);
		request.order(false);
		PurchaseRequest saved = this.purchaseRequests.save(request);
		List<ReceiptDraft.Line> received = new ArrayList<>();
		for (PurchaseLine line : lines) {
			received.add(new ReceiptDraft.Line(line.getItemId(), line.getQuantity(), BigDecimal.ZERO,
					line.getUnitPrice().add(month % 3 == 0 ? new BigDecimal("0.10") : BigDecimal.ZERO), null));
		}
		this.receiving.receive(keeper,
				new ReceiptDraft(saved.getId(), "FP" + day.toString().replace("-", ""), "县城文具批发部", day, received));
	}

	private void onDemand(long tenantId) {
		record Extra(String code, String category, String name, String spec, String unit, String price,
				boolean centralised, String asset) {
		}
		for (Extra e : List.of(new Extra("WJ-001", "FILING", "档案盒", "A4 55mm", "个", "8.00", false, null),
				new Extra("ZM-001", "DESK", "订书机", "12号", "个", "25.00", false, null),
				new Extra("WS-001", "WRITING", "信笺纸", "16开", "本", "4.00", false, null),
				new Extra("DN-001", "COMPUTER", "U盘", "64G", "个", "45.00", false, null),
				new Extra("HC-001", "CONSUMABLE", "激光打印机硒鼓", "HP 88A", "只", "380.00", false, null),
				new Extra("ZM-101", "LIGHTING", "LED灯管", "T8 1.2m", "支", "18.00", false, null),
				new Extra("SB-001", "EQUIPMENT", "台式计算机", "i5/16G/512G", "台", "4800.00", true, "GENERAL_EQUIPMENT"),
				new Extra("SB-002", "EQUIPMENT", "激光打印机", "A4 黑白", "台", "1600.00", true, "GENERAL_EQUIPMENT"))) {
			this.catalogue.create(tenantId,
					new ItemDraft(e.code(), e.name(), this.catalogue.categoryId(tenantId, e.category()), e.spec(),
							e.unit(), new BigDecimal(e.price()), StockPolicy.ON_DEMAND, null, null, e.centralised(),
							e.asset()));
		}
	}

	private Actor actor(long tenantId, UserSummary user, boolean keeper) {
		DataScope scope = keeper ? new DataScope(tenantId, true, java.util.Set.of(), user.staffId(), user.id())
				: DataScope.nothing(tenantId, user.id());
		return new Actor(tenantId, new Requester(user.id(), user.staffId(), user.unitId(), user.displayName()), scope);
	}

	private UserSummary holder(long tenantId, String role, long unitId) {
		return this.access.holders(tenantId, role, unitId).stream().findFirst().orElseThrow();
	}

	private long unit(long tenantId, String code) {
		return this.org.unitByCode(tenantId, code).orElseThrow().id();
	}

}
