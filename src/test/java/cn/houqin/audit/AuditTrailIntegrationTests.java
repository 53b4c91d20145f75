package cn.houqin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.houqin.org.domain.NewUnit;
import cn.houqin.org.domain.OrgDirectory;
import cn.houqin.org.domain.OrgUnitService;
import cn.houqin.org.domain.UnitType;
import cn.houqin.org.domain.UnitView;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;

import static org.assertj.core.api.Assertions.assertThat;

@AuditTestContext
class AuditTrailIntegrationTests {

	@Autowired
	AuditApi audit;

	@Autowired
	OrgDirectory org;

	@Autowired
	OrgUnitService units;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		AuditFixtures.signOut();
	}

	@Test
	void recordsEntityChangesWithBeforeAfterAndActor() {
		long tenantId = this.org.createTenant("t-" + UUID.randomUUID(), "示范县机关事务管理局");
		CurrentUser admin = AuditFixtures.user(tenantId, "zhang.admin", "org.unit.manage");
		AuditFixtures.signIn(admin);
		DataScope scope = new DataScope(tenantId, true, java.util.Set.of(), null, admin.userId());

		UnitView unit = this.units.create(scope, new NewUnit(null, "NK", "内科", UnitType.SECTION, 1));
		this.units.update(scope, unit.id(), this.units.view(scope, unit.id()).version(),
				new NewUnit(null, "NK", "内科一病区", UnitType.SECTION, 1));

		List<AuditEntry> entries = this.audit
			.search(tenantId, new AuditQuery(null, null, null, null, "org.unit", Long.toString(unit.id())), 0, 50,
					"seq")
			.items();
		assertThat(entries).extracting(AuditEntry::action)
			.startsWith(AuditActions.CREATE)
			.endsWith(AuditActions.UPDATE);
		assertThat(entries.get(0).changes()).contains(new FieldChange("name", null, "内科"),
				new FieldChange("code", null, "NK"));
		AuditEntry rename = entries.get(entries.size() - 1);
		assertThat(rename.changes()).containsExactly(new FieldChange("name", "内科", "内科一病区"));
		assertThat(rename.actorName()).isEqualTo("zhang.admin");
		assertThat(rename.actorId()).isEqualTo(admin.userId());
		assertThat(rename.clientAddress()).as("the test request's address").isEqualTo("127.0.0.1");
		assertThat(this.audit.verify(tenantId).ok()).isTrue();
	}

	@Test
	void changeWithoutSignedInUserIsRecordedAsSystem() {
		long before = entriesOf(0);

		this.org.createTenant("t-" + UUID.randomUUID(), "乡镇卫生院");

		List<AuditEntry> latest = this.audit.search(0, AuditQuery.all(), 0, 1, "seq,desc").items();
		assertThat(entriesOf(0)).isEqualTo(before + 1);
		assertThat(latest.get(0).actorName()).isEqualTo("system");
		assertThat(latest.get(0).actorId()).isNull();
		assertThat(latest.get(0).entityType()).isEqualTo("org.tenant");
		assertThat(latest.get(0).changes()).extracting(FieldChange::field).contains("code", "name");
	}

	@Test
	void explicitEventJoinsTheChainOfTheGivenTenant() {
		long tenantId = AuditFixtures.freshTenantId();

		this.audit.recordAs(tenantId, null, "li.si", AuditActions.LOGIN_FAILURE, "access.user", null,
				Map.of("reason", "bad-credentials"));

		AuditEntry entry = this.audit.search(tenantId, AuditQuery.all(), 0, 10, null).items().get(0);
		assertThat(entry.seq()).isEqualTo(1);
		assertThat(entry.actorName()).isEqualTo("li.si");
		assertThat(entry.details()).containsEntry("reason", "bad-credentials");
		assertThat(this.audit.entry(tenantId, entry.id())).contains(entry);
		assertThat(this.audit.entry(tenantId + 1, entry.id())).isEmpty();
	}

	@Test
	void rolledBackTransactionLeavesNoEntry() {
		long tenantId = AuditFixtures.freshTenantId();
		AuditFixtures.signIn(AuditFixtures.user(tenantId, "wang.wu"));

		this.transactions.executeWithoutResult(status -> {
			this.org.createTenant("t-" + UUID.randomUUID(), "将回滚");
			this.audit.record(AuditActions.PASSWORD_RESET, "access.user", "7", Map.of());
			status.setRollbackOnly();
		});

		assertThat(entriesOf(tenantId)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from aud_chain_head where tenant_id = ?", Long.class,
				tenantId))
			.isZero();
	}

	@Test
	void parallelCommitsStillProduceAValidChain() throws Exception {
		long tenantId = AuditFixtures.freshTenantId();
		int threads = 6;
		int commitsPerThread = 5;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				CurrentUser user = AuditFixtures.user(tenantId, "worker" + t);
				done.add(pool.submit((Callable<Void>) () -> {
					AuditFixtures.signIn(user);
					for (int i = 0; i < commitsPerThread; i++) {
						this.transactions.executeWithoutResult(status -> {
							this.org.createTenant("t-" + UUID.randomUUID(), "并发");
							this.audit.record(AuditActions.LOGIN_SUCCESS, "access.user", user.getUsername(), Map.of());
						});
					}
					AuditFixtures.signOut();
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

		ChainVerification result = this.audit.verify(tenantId);
		assertThat(result.ok()).isTrue();
		assertThat(result.checked()).isEqualTo(threads * commitsPerThread * 2);
		assertThat(this.jdbc.queryForList("select seq from aud_entry where tenant_id = ? order by seq", Long.class,
				tenantId))
			.hasSize(threads * commitsPerThread * 2 + 1)
			.isSorted()
			.doesNotHaveDuplicates()
			.endsWith((long) threads * commitsPerThread * 2 + 1);
	}

	private long entriesOf(long tenantId) {
		return this.jdbc.queryForObject("select count(*) from aud_entry where tenant_id = ?", Long.class, tenantId);
	}

}
