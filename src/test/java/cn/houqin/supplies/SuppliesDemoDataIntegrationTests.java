package cn.houqin.supplies;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.LimitService;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.domain.RequisitionFilter;
import cn.houqin.supplies.domain.RequisitionService;
import cn.houqin.supplies.domain.RequisitionStatus;
import cn.houqin.supplies.domain.RequisitionView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo history reads like a real year: issue and signature on the requested day, and
 * one item with a requisition limit.
 */
@SuppliesIntegrationTest
@Transactional
class SuppliesDemoDataIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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
	LimitService limits;

	SuppliesFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
	}

	@Test
	@DisplayName("演示领用单的发放和签字时间落在申请当天，而不是系统启动时")
	void demoIssueAndSignatureFollowTheRequestedDay() {
		LocalDate monthAgo = LocalDate.now(ZONE).minusMonths(1);
		List<RequisitionView> history = this.requisitions
			.list(this.fixtures.keeper(),
					new RequisitionFilter(null, RequisitionStatus.CONFIRMED, null, monthAgo, false, false),
					PageRequest.of(0, 100))
			.items();
		assertThat(history).hasSizeGreaterThan(10);
		assertThat(history).allSatisfy(r -> {
			assertThat(r.issuedAt().atZone(ZONE).toLocalDate()).isEqualTo(r.requestedOn());
			assertThat(r.confirmedAt().atZone(ZONE).toLocalDate()).isEqualTo(r.requestedOn());
			assertThat(r.confirmedAt()).isAfter(r.issuedAt());
		});
	}

	@Test
	@DisplayName("演示数据给 A3复印纸 设了单次领用上限 5 包")
	void demoHasALimitOnA3Paper() {
		assertThat(this.limits.all(this.fixtures.tenantId())).anySatisfy(l -> {
			assertThat(l.itemName()).isEqualTo("A3复印纸");
			assertThat(l.maxPerRequisition()).isEqualByComparingTo("5");
		});
	}

}
