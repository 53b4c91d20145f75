package cn.houqin.supplies;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.domain.StockView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Fifty people requisition the last ten units at once through the real API, committed
 * transactions, real threads: stock never goes negative.
 */
abstract class LastUnitsRace {

	static final int PEOPLE = 50;

	@Autowired
	MockMvc mvc;

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

	SuppliesFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SuppliesFixtures(this.users, this.org, this.scopes, this.catalogue, this.receiving);
	}

	@Test
	@DisplayName("50人同时领用最后10件：恰好10人成功，其余40人得到409并被告知可用数量")
	void fiftyRequisitionsForTheLastTenUnitsReserveExactlyTheAvailableQuantity() throws Exception {
		ItemView paper = this.fixtures.stockedItem("A4复印纸（并发）");
		this.fixtures.stock(paper.id(), "10", "25.00");
		CurrentUser staff = this.fixtures.user("demo-staff");
		String body = "{\"purpose\":\"打印材料\",\"lines\":[{\"itemId\":" + paper.id() + ",\"quantity\":1}]}";
		CyclicBarrier start = new CyclicBarrier(PEOPLE);
		ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
		List<Future<MockHttpServletResponse>> calls = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			calls.add(pool.submit(() -> {
				start.await();
				return this.mvc
					.perform(post("/api/v1/supplies/requisitions").with(user(staff))
						.contentType(MediaType.APPLICATION_JSON)
						.content(body))
					.andReturn()
					.getResponse();
			}));
		}
		int created = 0;
		int conflicts = 0;
		for (Future<MockHttpServletResponse> call : calls) {
			MockHttpServletResponse response = call.get();
			if (response.getStatus() == 201) {
				created++;
			}
			else {
				assertThat(response.getStatus()).isEqualTo(409);
				assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
					.contains("\"available\":0")
					.contains("A4复印纸（并发）");
				conflicts++;
			}
		}
		pool.shutdown();
		assertThat(created).isEqualTo(10);
		assertThat(conflicts).isEqualTo(PEOPLE - 10);
		StockView stock = this.catalogue.stock(this.fixtures.tenantId(), paper.id());
		assertThat(stock.reserved()).isEqualByComparingTo("10");
		assertThat(stock.available()).isEqualByComparingTo("0");
		assertThat(stock.onHand()).isEqualByComparingTo("10");
	}

}
