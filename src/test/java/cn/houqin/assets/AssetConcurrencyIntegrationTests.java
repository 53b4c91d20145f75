package cn.houqin.assets;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.assets.domain.AssetDraft;
import cn.houqin.assets.domain.AssetService;
import cn.houqin.assets.domain.AssetView;
import cn.houqin.assets.domain.MovementState;
import cn.houqin.assets.domain.AssetMovementView;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.supplies.FixedAssetsReceived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Committed transactions: two people transferring one asset at once, and cards made from
 * a supplies receipt after it commits.
 */
@AssetsIntegrationTest
class AssetConcurrencyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	AssetService assets;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	long tenantId() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

	long staff(String employeeNo) {
		return this.org.staffByEmployeeNo(tenantId(), employeeNo).orElseThrow().id();
	}

	@Test
	@DisplayName("two people transferring the same asset at once: one wins, the other is told (409 or 422)")
	void concurrentTransfers() throws Exception {
		long unitId = this.org.unitByCode(tenantId(), "HOSP-NK").orElseThrow().id();
		for (int round = 0; round < 3; round++) {
			AssetView card = this.assets.create(new DataScope(tenantId(), true, Set.of(), null, 0L),
					new AssetDraft("B 超仪 " + round, "MEDICAL", null, null, null, LocalDate.of(2023, 1, 10),
							new BigDecimal("86000.00"), null, "门诊楼 2 层", unitId, staff("E0002"), null));
			CurrentUser keeper = this.users.loadUserByUsername("demo-asset-keeper");
			CurrentUser logistics = this.users.loadUserByUsername("demo-logistics");
			long[] receivers = { staff("H0009"), staff("E0001") };
			CurrentUser[] askers = { keeper, logistics };
			CyclicBarrier barrier = new CyclicBarrier(2);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<Integer>> results = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					int who = i;
					results.add(pool.submit(() -> {
						barrier.await();
						return this.mvc
							.perform(post("/api/v1/assets/{id}/transfer", card.id()).with(user(askers[who]))
								.contentType(MediaType.APPLICATION_JSON)
								.content("{\"toStaffId\":%d}".formatted(receivers[who])))
							.andReturn()
							.getResponse()
							.getStatus();
					}));
				}
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> result : results) {
					statuses.add(result.get());
				}
				assertThat(statuses).containsOnlyOnce(201);
				assertThat(statuses).anyMatch(s -> s == 409 || s == 422);
			}
			finally {
				pool.shutdown();
			}
			DataScope all = new DataScope(tenantId(), true, Set.of(), null, 0L);
			List<AssetMovementView> history = this.assets.history(all, card.id());
			assertThat(history).hasSize(1);
			assertThat(history.get(0).state()).isEqualTo(MovementState.PENDING);
			assertThat(this.assets.view(all, card.id()).pendingMovementId()).isEqualTo(history.get(0).id());
		}
	}

	@Test
	@DisplayName("a supplies receipt of fixed assets makes one card per piece with the custodian, after commit")
	void receiptMakesCards() {
		String item = "病床监护仪-" + System.nanoTime();
		long unitId = this.org.unitByCode(tenantId(), "HOSP-WK").orElseThrow().id();
		long custodian = staff("E0003");
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new FixedAssetsReceived(tenantId(),
				990_000L + (System.nanoTime() % 1000), null, 7L, "M-7", item, "PM-9000", "SPECIAL_EQUIPMENT", 3,
				new BigDecimal("12800.00"), "迈瑞医疗", "INV-1", LocalDate.now().minusDays(1), unitId, custodian)));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<AssetView> cards = this.assets.custody(tenantId(), custodian)
				.stream()
				.filter(a -> a.name().equals(item))
				.toList();
			assertThat(cards).hasSize(3);
			assertThat(cards).allSatisfy(card -> {
				assertThat(card.unitId()).isEqualTo(unitId);
				assertThat(card.originalValue()).isEqualByComparingTo("12800.00");
				assertThat(card.kind()).isEqualTo("SPECIAL_EQUIPMENT");
			});
			assertThat(cards).extracting(AssetView::assetNo).doesNotHaveDuplicates();
		});
	}

}
