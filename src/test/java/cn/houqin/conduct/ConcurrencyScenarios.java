package cn.houqin.conduct;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Committed transactions racing each other: two officers recording the receipt of one
 * notice at once. Exactly one is written; the other is refused (409 when it raced, 422
 * when it came after), and the stored receipt is the winner's. The records are dated 2024
 * so that no other test's cycle sees them.
 */
abstract class ConcurrencyScenarios {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Test
	void twoReceiptsOfOneNoticeAtOnceWriteExactlyOne() throws Exception {
		ConductFixtures fixtures = new ConductFixtures(this.users, this.org);
		CurrentUser office = fixtures.user("demo-conduct-office");
		long accountant = fixtures.staffId("H0008");
		for (int round = 0; round < 3; round++) {
			long id = create(office, accountant);
			Instant first = Instant.parse("2024-05-07T02:00:00Z");
			Instant second = Instant.parse("2024-05-08T02:00:00Z");
			List<Integer> statuses = race(() -> receipt(office, id, accountant, first),
					() -> receipt(office, id, accountant, second));
			assertThat(statuses).containsOnlyOnce(200);
			assertThat(statuses).anyMatch(s -> s == 409 || s == 422);
			String json = this.mvc.perform(get("/api/v1/conduct/records/{id}", id).with(user(office)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(JsonPath.<String>read(json, "$.persons[0].status")).isEqualTo("RECEIVED");
			String receivedAt = JsonPath.read(json, "$.persons[0].receivedAt");
			Instant winner = statuses.get(0) == 200 ? first : second;
			assertThat(Instant.parse(receivedAt)).isEqualTo(winner);
		}
	}

	private long create(CurrentUser office, long staffId) throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/conduct/records").with(user(office))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ConductFixtures.record("A11-1", "2024-05-06", staffId, 1)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<Number>read(json, "$.id").longValue();
	}

	private int receipt(CurrentUser office, long id, long staffId, Instant at) throws Exception {
		return this.mvc
			.perform(post("/api/v1/conduct/records/{id}/notices/{staffId}/receipt", id, staffId).with(user(office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"receivedAt\":\"" + at + "\"}"))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	@SafeVarargs
	private static <T> List<T> race(Callable<T>... tasks) throws Exception {
		CyclicBarrier barrier = new CyclicBarrier(tasks.length);
		ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					barrier.await();
					return task.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
