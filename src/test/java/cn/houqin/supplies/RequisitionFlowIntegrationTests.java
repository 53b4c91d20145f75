package cn.houqin.supplies;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.HandoverCheck;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.domain.RegisterRow;
import cn.houqin.supplies.domain.RequisitionDraft;
import cn.houqin.supplies.domain.RequisitionFilter;
import cn.houqin.supplies.domain.RequisitionService;
import cn.houqin.supplies.domain.RequisitionStatus;
import cn.houqin.supplies.domain.RequisitionView;
import cn.houqin.supplies.domain.StockShortException;
import cn.houqin.supplies.domain.StockView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SuppliesIntegrationTest
@Transactional
class RequisitionFlowIntegrationTests {

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
	RequisitionService requisitions;

	@Autowired
	List<HandoverCheck> handoverChecks;

	SuppliesFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
	}

	@Test
	@DisplayName("入库按移动加权平均计价；领用先占用库存，发放后按平均成本出库，领取人签字确认")
	void reservesOnSubmitIssuesAtMovingAverageCostAndTheRecipientConfirms() {
		ItemView pen = this.fixtures.stockedItem("中性笔");
		this.fixtures.stock(pen.id(), "10", "2.00");
		this.fixtures.stock(pen.id(), "10", "3.00");
		assertThat(stock(pen)).satisfies(s -> {
			assertThat(s.onHand()).isEqualByComparingTo("20");
			assertThat(s.value()).isEqualByComparingTo("50.00");
			assertThat(s.averageCost()).isEqualByComparingTo("2.50");
		});

		RequisitionView submitted = this.requisitions.submit(this.fixtures.staff(), draft(pen, "4", "科室日常办公"));
		assertThat(submitted.status()).isEqualTo(RequisitionStatus.SUBMITTED);
		assertThat(stock(pen).reserved()).isEqualByComparingTo("4");
		assertThat(stock(pen).available()).isEqualByComparingTo("16");
		assertThat(stock(pen).onHand()).isEqualByComparingTo("20");

		RequisitionView issued = this.requisitions.issue(this.fixtures.keeper(), submitted.id());
		assertThat(issued.status()).isEqualTo(RequisitionStatus.ISSUED);
		assertThat(issued.total()).isEqualByComparingTo("10.00");
		assertThat(stock(pen)).satisfies(s -> {
			assertThat(s.onHand()).isEqualByComparingTo("16");
			assertThat(s.reserved()).isEqualByComparingTo("0");
			assertThat(s.value()).isEqualByComparingTo("40.00");
		});

		assertThatThrownBy(() -> this.requisitions.confirmReceipt(this.fixtures.keeper(), submitted.id()))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("supplies.requisition.error.notRecipient"));
		RequisitionView confirmed = this.requisitions.confirmReceipt(this.fixtures.staff(), submitted.id());
		assertThat(confirmed.status()).isEqualTo(RequisitionStatus.CONFIRMED);
		assertThat(confirmed.confirmedAt()).isNotNull();

		List<RegisterRow> register = this.requisitions.register(this.fixtures.keeper(), RequisitionFilter.none());
		assertThat(register).anySatisfy(row -> {
			assertThat(row.requisitionId()).isEqualTo(submitted.id());
			assertThat(row.itemName()).isEqualTo("中性笔");
			assertThat(row.specification()).isEqualTo("0.5mm 黑色");
			assertThat(row.quantity()).isEqualByComparingTo("4");
			assertThat(row.purpose()).isEqualTo("科室日常办公");
			assertThat(row.confirmedAt()).isNotNull();
		});
	}

	@Test
	@DisplayName("撤销领用单释放占用的库存")
	void cancellingReleasesTheReservation() {
		ItemView paper = this.fixtures.stockedItem("A4复印纸");
		this.fixtures.stock(paper.id(), "5", "25.00");
		RequisitionView submitted = this.requisitions.submit(this.fixtures.staff(), draft(paper, "3", "打印材料"));
		this.requisitions.cancel(this.fixtures.staff(), submitted.id());
		assertThat(stock(paper).available()).isEqualByComparingTo("5");
		assertThat(stock(paper).reserved()).isEqualByComparingTo("0");
		assertThatThrownBy(() -> this.requisitions.issue(this.fixtures.keeper(), submitted.id()))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	@DisplayName("库存不足时整单不占用，并告知物品和可用数量")
	void aShortLineReservesNothingAndNamesTheItemAndWhatIsAvailable() {
		ItemView cups = this.fixtures.stockedItem("纸杯");
		ItemView tissue = this.fixtures.stockedItem("面巾纸");
		this.fixtures.stock(cups.id(), "10", "0.20");
		this.fixtures.stock(tissue.id(), "2", "3.00");
		RequisitionDraft draft = new RequisitionDraft("会议用",
				List.of(new RequisitionDraft.Line(cups.id(), new BigDecimal("5")),
						new RequisitionDraft.Line(tissue.id(), new BigDecimal("3"))));
		assertThatThrownBy(() -> this.requisitions.submit(this.fixtures.staff(), draft))
			.isInstanceOfSatisfying(StockShortException.class, ex -> {
				assertThat(ex.itemName()).isEqualTo("面巾纸");
				assertThat(ex.available()).isEqualByComparingTo("2");
			});
	}

	@Test
	@DisplayName("数量为零或负数、物品不存在、无用途：拒绝且不写入任何数据")
	void refusesBadInputWritingNothing() {
		ItemView pen = this.fixtures.stockedItem("签字笔");
		this.fixtures.stock(pen.id(), "10", "1.00");
		for (String quantity : List.of("0", "-1")) {
			assertThatThrownBy(() -> this.requisitions.submit(this.fixtures.staff(), draft(pen, quantity, "办公")))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("supplies.error.positive"));
		}
		assertThatThrownBy(() -> this.requisitions.submit(this.fixtures.staff(),
				new RequisitionDraft("办公", List.of(new RequisitionDraft.Line(-42L, BigDecimal.ONE)))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("supplies.item.error.unknown"));
		assertThatThrownBy(() -> this.requisitions.submit(this.fixtures.staff(), draft(pen, "1", " ")))
			.isInstanceOf(BusinessRuleException.class);
		assertThat(stock(pen).reserved()).isEqualByComparingTo("0");
	}

	@Test
	void anotherStaffMembersRequisitionIsNotFound() {
		ItemView pen = this.fixtures.stockedItem("铅笔");
		this.fixtures.stock(pen.id(), "10", "1.00");
		RequisitionView mine = this.requisitions.submit(this.fixtures.keeper(), draft(pen, "1", "自用"));
		assertThatThrownBy(() -> this.requisitions.view(this.fixtures.staff(), mine.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("人员调离时，未办结的领用单列入交接清单")
	void openRequisitionsAreListedForHandover() {
		ItemView pen = this.fixtures.stockedItem("记号笔");
		this.fixtures.stock(pen.id(), "10", "1.00");
		RequisitionView open = this.requisitions.submit(this.fixtures.staff(), draft(pen, "1", "标记档案"));
		long staffId = this.fixtures.user("demo-staff").staffId();
		long tenantId = this.fixtures.tenantId();
		assertThat(this.handoverChecks.stream().flatMap(c -> c.openItems(tenantId, staffId).stream()))
			.anySatisfy(item -> assertThat(item.detail()).contains(open.number()));
	}

	private StockView stock(ItemView item) {
		return this.catalogue.stock(this.fixtures.tenantId(), item.id());
	}

	private static RequisitionDraft draft(ItemView item, String quantity, String purpose) {
		return new RequisitionDraft(purpose, List.of(new RequisitionDraft.Line(item.id(), new BigDecimal(quantity))));
	}

}
