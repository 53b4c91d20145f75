package cn.houqin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import cn.houqin.support.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain on a real PostgreSQL: row locks, the savepoint that starts a chain, paged
 * verification.
 */
@SpringBootTest
@ContextConfiguration(initializers = PostgresDatabase.class)
class AuditPostgresIntegrationTests {

	@Autowired
	AuditApi audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void parallelFirstAppendsToANewChainStayGapFree() throws Exception {
		long tenantId = AuditFixtures.freshTenantId();
		int threads = 4;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				String name = "worker" + t;
				done.add(pool.submit((Callable<Void>) () -> {
					for (int i = 0; i < 10; i++) {
						this.transactions.executeWithoutResult(status -> {
							this.audit.recordAs(tenantId, null, name, AuditActions.LOGIN_SUCCESS, "access.user", name,
									Map.of());
							this.audit.recordAs(tenantId, null, name, AuditActions.LOGOUT, "access.user", name,
									Map.of());
						});
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(this.audit.verify(tenantId)).isEqualTo(ChainVerification.intact(threads * 10 * 2));
	}

	@Test
	void detectsEditedAndDeletedEntries() {
		long tenantId = AuditFixtures.freshTenantId();
		for (int i = 0; i < 4; i++) {
			this.audit.recordAs(tenantId, 1L, "wu.shi", AuditActions.LOGIN_SUCCESS, "access.user", "1", Map.of());
		}

		this.jdbc.update("update aud_entry set client_address = '10.9.9.9' where tenant_id = ? and seq = 3", tenantId);
		assertThat(this.audit.verify(tenantId)).isEqualTo(ChainVerification.broken(3, 3, ChainVerification.ALTERED));

		this.jdbc.update("delete from aud_entry where tenant_id = ? and seq = 2", tenantId);
		assertThat(this.audit.verify(tenantId)).isEqualTo(ChainVerification.broken(1, 2, ChainVerification.MISSING));
	}

}
