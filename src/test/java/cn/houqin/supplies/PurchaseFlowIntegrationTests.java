package cn.houqin.supplies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.approval.ApprovalOutcome;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.supplies.domain.Actor;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.PurchaseDraft;
import cn.houqin.supplies.domain.PurchaseService;
import cn.houqin.supplies.domain.PurchaseStatus;
import cn.houqin.supplies.domain.PurchaseView;
import cn.houqin.supplies.domain.QuoteDraft;
import cn.houqin.supplies.domain.ReceiptDraft;
import cn.houqin.supplies.domain.ReceiptView;
import cn.houqin.supplies.domain.ReceivingService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SuppliesIntegrationTest
@Transactional
@RecordApplicationEvents
class PurchaseFlowIntegrationTests {

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	DataScopes scopes;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	ReceivingService receiving;

	@Autowired
	PurchaseService purchases;

	@Autowired
	ApplicationEvents events;

	SuppliesFixtures fixtures;

	Actor head;

	Actor logistics;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
		this.head = this.fixtures.actor("demo-dept-head", "supplies.purchase.manage", "supplies.purchase.create");
		this.logistics = this.fixtures.actor("demo-logistics", "supplies.purchase.manage");
	}

	@Test
	@DisplayName("科室负责人提出采购申请：显示审批流程并提交审批；超过所有档次的拒绝且不写入")
	void filingShowsTheRouteAndAboveEveryTierIsRefused() {
		ItemView pen = this.fixtures.stockedItem("中性笔（采购）");
		PurchaseView filed = this.purchases.file(this.head, draft(pen, "100", "2.00"));
		assertThat(filed.total()).isEqualByComparingTo("200.00");
		assertThat(filed.status()).isEqualTo(PurchaseStatus.IN_APPROVAL);
		assertThat(filed.approvalId()).isNotNull();
		assertThat(filed.route().allowed()).isTrue();
		assertThat(filed.route().steps()).extracting(s -> s.role()).containsExactly("LOGISTICS_HEAD");
		assertThat(filed.reimbursable()).isFalse();

		assertThatThrownBy(() -> this.purchases.file(this.head, draft(pen, "10000", "1.01"))).isInstanceOfSatisfying(
				BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("supplies.purchase.error.noRoute"));
	}

	@Test
	@DisplayName("未经审批同意的采购不能下单、不能验收入库，并显示为不可报销")
	void aPurchaseWithoutAnApprovedRequestCannotBeOrderedOrReceived() {
		ItemView pen = this.fixtures.stockedItem("中性笔（未批）");
		PurchaseView filed = this.purchases.file(this.head, draft(pen, "10", "2.00"));
		assertThatThrownBy(() -> this.purchases.order(this.logistics, filed.id())).isInstanceOfSatisfying(
				BusinessRuleException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("supplies.purchase.error.notApproved"));
		assertThatThrownBy(() -> this.receiving.receive(this.fixtures.keeper(), receipt(filed.id(), pen, "10", "2.00")))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("supplies.receipt.error.notOrdered"));
		assertThat(this.purchases.view(this.logistics, filed.id()).reimbursable()).isFalse();
		assertThat(this.catalogue.stock(this.fixtures.tenantId(), pen.id()).onHand()).isEqualByComparingTo("0");

		ReceiptView bought = this.receiving.receive(this.fixtures.keeper(), receipt(null, pen, "5", "2.00"));
		assertThat(bought.reimbursable()).isFalse();
	}

	@Test
	@DisplayName("货比三家：少于三家报价不能下单；未选最低价须写明理由；批准后下单并分批验收")
	void threeQuotesThenOrderThenPartialDeliveries() {
		ItemView paper = this.fixtures.stockedItem("A4复印纸（采购）");
		PurchaseView filed = this.purchases.file(this.head, draft(paper, "20", "25.00"));
		this.purchases.approvalDecided(this.fixtures.tenantId(), filed.id(), ApprovalOutcome.APPROVED);
		assertThat(this.purchases.view(this.logistics, filed.id()).reimbursable()).isTrue();

		assertThatThrownBy(() -> this.purchases.order(this.logistics, filed.id()))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> this.purchases.quote(this.logistics, filed.id(),
				new QuoteDraft(quotes("480.00", "500.00"), 0, null)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("supplies.purchase.error.threeQuotes"));
		assertThatThrownBy(() -> this.purchases.quote(this.logistics, filed.id(),
				new QuoteDraft(quotes("480.00", "500.00", "510.00"), 1, " ")))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("supplies.purchase.error.reasonForChoice"));
		PurchaseView quoted = this.purchases.quote(this.logistics, filed.id(),
				new QuoteDraft(quotes("480.00", "500.00", "510.00"), 1, "最低价供应商无法按期交货"));
		assertThat(quoted.quotes()).filteredOn(PurchaseView.QuoteLine::chosen)
			.singleElement()
			.satisfies(q -> assertThat(q.lowest()).isFalse());

		assertThat(this.purchases.order(this.logistics, filed.id()).status()).isEqualTo(PurchaseStatus.ORDERED);
		ReceiptView first = this.receiving.receive(this.fixtures.keeper(), receipt(filed.id(), paper, "12", "25.00"));
		assertThat(first.reimbursable()).isTrue();
		assertThat(this.purchases.view(this.logistics, filed.id()).status())
			.isEqualTo(PurchaseStatus.PARTIALLY_RECEIVED);
		assertThatThrownBy(
				() -> this.receiving.receive(this.fixtures.keeper(), receipt(filed.id(), paper, "9", "25.00")))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("supplies.receipt.error.overDelivered"));
		this.receiving.receive(this.fixtures.keeper(), receipt(filed.id(), paper, "8", "24.00"));
		assertThat(this.purchases.view(this.logistics, filed.id()).status()).isEqualTo(PurchaseStatus.RECEIVED);
		assertThat(this.catalogue.stock(this.fixtures.tenantId(), paper.id())).satisfies(s -> {
			assertThat(s.onHand()).isEqualByComparingTo("20");
			assertThat(s.value()).isEqualByComparingTo("492.00");
			assertThat(s.averageCost()).isEqualByComparingTo("24.60");
		});
	}

	@Test
	@DisplayName("集中采购目录内的物品无须三家报价即可下单")
	void centralisedItemsNeedNoQuotes() {
		ItemView printer = this.fixtures.onDemandItem("打印机（集采）", null, true);
		PurchaseView filed = this.purchases.file(this.head, draft(printer, "1", "800.00"));
		assertThat(filed.allCentralised()).isTrue();
		this.purchases.approvalDecided(this.fixtures.tenantId(), filed.id(), ApprovalOutcome.APPROVED);
		assertThat(this.purchases.order(this.logistics, filed.id()).status()).isEqualTo(PurchaseStatus.ORDERED);
	}

	@Test
	@DisplayName("单价达到固定资产标准的物品不入库存，交资产模块建卡，保管人为经办人")
	void piecesAtTheFixedAssetThresholdGoToTheAssetsModule() {
		ItemView computer = this.fixtures.onDemandItem("台式计算机", "GENERAL_EQUIPMENT", false);
		ItemView cheap = this.fixtures.onDemandItem("台灯", "GENERAL_EQUIPMENT", false);
		ReceiptView receipt = this.receiving.receive(this.fixtures.keeper(),
				new ReceiptDraft(null, "INV-FA-1", "某电脑公司", LocalDate.now(),
						List.of(new ReceiptDraft.Line(computer.id(), new BigDecimal("2"), BigDecimal.ZERO,
								new BigDecimal("4500.00"), null),
								new ReceiptDraft.Line(cheap.id(), new BigDecimal("3"), BigDecimal.ZERO,
										new BigDecimal("999.99"), null))));
		assertThat(receipt.lines()).extracting(ReceiptView.Line::fixedAsset).containsExactly(true, false);
		assertThat(this.events.stream(FixedAssetsReceived.class)).singleElement().satisfies(event -> {
			assertThat(event.itemId()).isEqualTo(computer.id());
			assertThat(event.quantity()).isEqualTo(2);
			assertThat(event.unitCost()).isEqualByComparingTo("4500.00");
			assertThat(event.assetCategoryCode()).isEqualTo("GENERAL_EQUIPMENT");
		});
		assertThat(this.catalogue.stock(this.fixtures.tenantId(), computer.id()).onHand()).isEqualByComparingTo("0");
	}

	private PurchaseDraft draft(ItemView item, String quantity, String price) {
		long handler = this.fixtures.user("demo-dept-head").staffId();
		return new PurchaseDraft(null, handler, "科室办公需要", LocalDate.now().plusDays(7),
				List.of(new PurchaseDraft.Line(item.id(), new BigDecimal(quantity), new BigDecimal(price))));
	}

	private static ReceiptDraft receipt(Long requestId, ItemView item, String quantity, String cost) {
		return new ReceiptDraft(requestId, "INV-" + System.nanoTime(), "文具店", null,
				List.of(new ReceiptDraft.Line(item.id(), new BigDecimal(quantity), BigDecimal.ZERO,
						new BigDecimal(cost), null)));
	}

	private static List<QuoteDraft.Line> quotes(String... amounts) {
		return java.util.Arrays.stream(amounts)
			.map(a -> new QuoteDraft.Line("供应商" + a, new BigDecimal(a), LocalDate.now(), null))
			.toList();
	}

}
