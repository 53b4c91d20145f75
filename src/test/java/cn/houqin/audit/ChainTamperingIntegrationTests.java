package cn.houqin.audit;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with database access edits or removes entries behind the application's back;
 * verification must tell which entry.
 */
@AuditTestContext
class ChainTamperingIntegrationTests {

	@Autowired
	AuditApi audit;

	@Autowired
	JdbcTemplate jdbc;

	long tenantId;

	@BeforeEach
	void fiveEntries() {
		this.tenantId = AuditFixtures.freshTenantId();
		for (int i = 1; i <= 5; i++) {
			this.audit.recordAs(this.tenantId, 3L, "zhao.liu", AuditActions.LOGIN_SUCCESS, "access.user", "3",
					Map.of("attempt", Integer.toString(i)));
		}
	}

	@Test
	void untouchedChainIsIntact() {
		assertThat(this.audit.verify(this.tenantId)).isEqualTo(ChainVerification.intact(5));
	}

	@Test
	void detectsEditedEntry() {
		tamper("update aud_entry set actor_name = 'someone.else' where tenant_id = ? and seq = 3");

		assertThat(this.audit.verify(this.tenantId))
			.isEqualTo(ChainVerification.broken(3, 3, ChainVerification.ALTERED));
	}

	@Test
	void detectsEditedDetails() {
		tamper("update aud_entry set details = '{\"attempt\":\"9\"}' where tenant_id = ? and seq = 2");

		ChainVerification result = this.audit.verify(this.tenantId);
		assertThat(result.ok()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(2);
		assertThat(result.reasonKey()).isEqualTo(ChainVerification.ALTERED);
	}

	@Test
	void detectsDeletedEntry() {
		tamper("delete from aud_entry where tenant_id = ? and seq = 2");

		assertThat(this.audit.verify(this.tenantId))
			.isEqualTo(ChainVerification.broken(1, 2, ChainVerification.MISSING));
	}

	@Test
	void detectsDeletedLastEntry() {
		tamper("delete from aud_entry where tenant_id = ? and seq = 5");

		assertThat(this.audit.verify(this.tenantId))
			.isEqualTo(ChainVerification.broken(4, 5, ChainVerification.MISSING));
	}

	@Test
	void detectsEntryRemovedAndRenumbered() {
		tamper("delete from aud_entry where tenant_id = ? and seq = 2");
		tamper("update aud_entry set seq = seq - 1 where tenant_id = ? and seq > 2");

		ChainVerification result = this.audit.verify(this.tenantId);
		assertThat(result.ok()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(2);
	}

	@Test
	void detectsEditedChainHead() {
		tamper("update aud_chain_head set last_hash = '" + "f".repeat(64) + "' where tenant_id = ?");

		assertThat(this.audit.verify(this.tenantId))
			.isEqualTo(ChainVerification.broken(5, 5, ChainVerification.HEAD_MISMATCH));
	}

	@Test
	void verificationRunIsItselfRecorded() {
		this.audit.verify(this.tenantId);

		AuditEntry last = this.audit.search(this.tenantId, AuditQuery.all(), 0, 1, "seq,desc").items().get(0);
		assertThat(last.action()).isEqualTo(AuditActions.VERIFY);
		assertThat(last.details()).containsEntry("result", ChainVerification.INTACT).containsEntry("checked", "5");
		assertThat(this.audit.verify(this.tenantId).checked()).isEqualTo(6);
	}

	private void tamper(String sql) {
		this.jdbc.update(sql, this.tenantId);
	}

}
