package cn.houqin.audit;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.houqin.access.domain.AccountService;
import cn.houqin.access.domain.NewUser;
import cn.houqin.org.domain.OrgDirectory;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password hash is marked {@code @AuditMasked}: the trail says it changed, never what
 * it is.
 */
@AuditTestContext
class MaskedFieldIntegrationTests {

	@Autowired
	AuditApi audit;

	@Autowired
	OrgDirectory org;

	@Autowired
	AccountService accounts;

	@AfterEach
	void signOut() {
		AuditFixtures.signOut();
	}

	@Test
	void maskedFieldIsRecordedAsChangedWithoutItsValue() {
		long tenantId = this.org.createTenant("t-" + UUID.randomUUID(), "县人民医院");
		CurrentUser admin = AuditFixtures.user(tenantId, "admin" + tenantId, "access.user.manage");
		AuditFixtures.signIn(admin);
		DataScope scope = new DataScope(tenantId, true, Set.of(), null, admin.userId());
		long userId = this.accounts
			.create(scope, new NewUser("zhou" + tenantId, "周九", "Yiyuan-2026-pass", null, true, List.of()))
			.id();

		this.accounts.resetPassword(scope, userId);

		List<AuditEntry> entries = this.audit
			.search(tenantId, new AuditQuery(null, null, null, null, "access.user", Long.toString(userId)), 0, 10,
					"seq")
			.items();
		assertThat(entries).extracting(AuditEntry::action)
			.containsExactly(AuditActions.CREATE, AuditActions.PASSWORD_RESET, AuditActions.UPDATE);
		assertThat(entries.get(0).changes()).contains(new FieldChange("passwordHash", null, "***"))
			.contains(new FieldChange("displayName", null, "周九"));
		assertThat(entries.get(2).changes()).contains(new FieldChange("passwordHash", "***", "***"));
		assertThat(entries).flatExtracting(AuditEntry::changes)
			.extracting(FieldChange::before, FieldChange::after)
			.allSatisfy(
					values -> assertThat(values.toList()).noneMatch(v -> v != null && v.toString().startsWith("{")));
	}

}
