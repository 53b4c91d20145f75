package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.jpa.CappedCount;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.PageResult;
import cn.houqin.supplies.SuppliesFixtures;
import cn.houqin.supplies.SuppliesIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@SuppliesIntegrationTest
@Transactional
class RequisitionPagingIntegrationTests {

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
	Requisitions repository;

	@Autowired
	EntityManager entityManager;

	SuppliesFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
		ItemView paper = this.fixtures.stockedItem("分页测试用纸");
		this.fixtures.stock(paper.id(), "100", "20.00");
		for (int i = 1; i <= 3; i++) {
			RequisitionView submitted = this.requisitions.submit(this.fixtures.staff(),
					new RequisitionDraft("分页测试 " + i, List.of(new RequisitionDraft.Line(paper.id(), BigDecimal.ONE))));
			this.requisitions.issue(this.fixtures.keeper(), submitted.id());
		}
	}

	@Test
	@DisplayName("计数到上限即停止，上限以内与精确计数一致")
	void theCountStopsAtItsCapAndIsExactBelowIt() {
		long tenant = this.fixtures.tenantId();
		Specification<Requisition> ofTenant = (root, query, cb) -> cb.equal(root.get("tenantId"), tenant);
		long exact = this.repository.count(ofTenant);
		assertThat(exact).isGreaterThanOrEqualTo(3);
		assertThat(CappedCount.upTo(this.entityManager, Requisition.class, ofTenant, 2)).isEqualTo(3);
		assertThat(CappedCount.upTo(this.entityManager, Requisition.class, ofTenant, CappedCount.DEFAULT_CAP))
			.isEqualTo(exact);
	}

	@Test
	@DisplayName("领用单列表按页读取，总数与逐页读到的条数一致")
	void theListPagesThroughEveryRequisitionOnce() {
		RequisitionFilter filter = new RequisitionFilter("分页测试", null, null, null, false, false);
		PageRequest first = PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "id"));
		PageResult<RequisitionView> page0 = this.requisitions.list(this.fixtures.keeper(), filter, first);
		PageResult<RequisitionView> page1 = this.requisitions.list(this.fixtures.keeper(), filter, first.next());
		assertThat(page0.total()).isEqualTo(3);
		assertThat(page0.totalCapped()).isFalse();
		assertThat(page0.items()).extracting(RequisitionView::purpose).containsExactly("分页测试 3", "分页测试 2");
		assertThat(page1.items()).extracting(RequisitionView::purpose).containsExactly("分页测试 1");
		assertThat(page1.total()).isEqualTo(3);
		assertThat(page0.hasNext()).isTrue();
		assertThat(page1.hasNext()).isFalse();
	}

	@Test
	@DisplayName("登记本屏幕分页：最新的领用单在前，每项是一张领用单的各行")
	void theRegisterOnScreenPagesByRequisitionLatestFirst() {
		PageResult<List<RegisterRow>> page0 = this.requisitions.register(this.fixtures.keeper(),
				RequisitionFilter.none(), 0, 2);
		assertThat(page0.items()).hasSize(2);
		assertThat(page0.items().get(0)).singleElement().satisfies(row -> {
			assertThat(row.purpose()).isEqualTo("分页测试 3");
			assertThat(row.itemName()).isEqualTo("分页测试用纸");
		});
		assertThat(page0.items().get(1)).singleElement()
			.satisfies(row -> assertThat(row.purpose()).isEqualTo("分页测试 2"));
		PageResult<List<RegisterRow>> page1 = this.requisitions.register(this.fixtures.keeper(),
				RequisitionFilter.none(), 1, 2);
		assertThat(page1.items().get(0)).singleElement()
			.satisfies(row -> assertThat(row.purpose()).isEqualTo("分页测试 1"));
		assertThat(page1.total()).isEqualTo(page0.total());
	}

}
