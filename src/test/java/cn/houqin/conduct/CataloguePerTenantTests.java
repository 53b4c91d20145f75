package cn.houqin.conduct;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.conduct.domain.ConductQueries;
import cn.houqin.conduct.domain.OffenceService;
import cn.houqin.conduct.domain.OffenceView;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The offence catalogue is each tenant's own: every tenant starts from the seed's items
 * (篇2 第七至十一条, 第十五条), and retiring or editing an item in one leaves the others alone.
 */
@ConductIntegrationTest
@Transactional
class CataloguePerTenantTests {

	/** A tenant without a catalogue yet; its first use copies the seed's. */
	static final long OTHER_TENANT = 987_654_321L;

	@Autowired
	ConductQueries queries;

	@Autowired
	OffenceService offences;

	@Autowired
	OrgApi org;

	@Test
	void everyTenantStartsWithTheSeedsCatalogue() {
		List<OffenceView> demo = this.queries.offences(demoTenant(), true);
		List<OffenceView> other = this.queries.offences(OTHER_TENANT, true);
		assertThat(demo).hasSize(36);
		assertThat(other).extracting(OffenceView::code).isEqualTo(demo.stream().map(OffenceView::code).toList());
		assertThat(other).filteredOn(o -> o.code().equals("A7-1"))
			.singleElement()
			.satisfies(o -> assertThat(o.wording()).startsWith("违反安全生产规章制度或操作规范"));
		assertThat(other).extracting(OffenceView::id)
			.doesNotContainAnyElementsOf(demo.stream().map(OffenceView::id).toList());
	}

	@Test
	void retiringAnItemInOneTenantLeavesTheOtherAlone() {
		long demoTenant = demoTenant();
		OffenceView item = item(demoTenant, "A11-6");
		this.offences.retire(demoTenant, item.id(), true);
		assertThat(item(demoTenant, "A11-6").retired()).isTrue();
		assertThat(item(OTHER_TENANT, "A11-6").retired()).isFalse();
		assertThat(this.queries.offences(OTHER_TENANT, false)).extracting(OffenceView::code).contains("A11-6");
		assertThatThrownBy(() -> this.offences.retire(OTHER_TENANT, item.id(), true))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void anItemAddedInOneTenantIsNotInTheOther() {
		this.offences.add(demoTenant(), "X-1", "院规第1条", 2, "自定条目", "自定条目全文");
		assertThat(this.queries.offences(demoTenant(), false)).extracting(OffenceView::code).contains("X-1");
		assertThat(this.queries.offences(OTHER_TENANT, false)).extracting(OffenceView::code).doesNotContain("X-1");
	}

	private OffenceView item(long tenant, String code) {
		return this.queries.offences(tenant, true)
			.stream()
			.filter(o -> o.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private long demoTenant() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

}
