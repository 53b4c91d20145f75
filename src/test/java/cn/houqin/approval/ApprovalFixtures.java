package cn.houqin.approval;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.ScopeGrant;
import cn.houqin.shared.security.ScopeType;

/**
 * Demo users with the approval permissions added (the built-in roles gain them in main),
 * and documents to submit.
 */
public final class ApprovalFixtures {

	public static final List<String> APPROVAL_PERMISSIONS = List.of("approval.request.create", "approval.task.act",
			"approval.policy.manage", "approval.report.view");

	private static final AtomicLong DOCUMENT_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private final UserDirectory users;

	private final OrgApi org;

	public ApprovalFixtures(UserDirectory users, OrgApi org) {
		this.users = users;
		this.org = org;
	}

	public long tenantId() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

	public long unitId(String code) {
		return this.org.unitByCode(tenantId(), code).orElseThrow().id();
	}

	/**
	 * The demo user with their own grants plus the given approval permissions,
	 * tenant-wide.
	 */
	public CurrentUser user(String username, String... approvalPermissions) {
		CurrentUser user = this.users.loadUserByUsername(username);
		Map<String, List<ScopeGrant>> grants = new HashMap<>();
		user.permissions().forEach(p -> grants.put(p, user.grantsFor(p)));
		for (String permission : approvalPermissions) {
			grants.put(permission, List.of(ScopeGrant.of(ScopeType.TENANT)));
		}
		return new CurrentUser(user.userId(), user.tenantId(), user.getUsername(), user.displayName(), user.staffId(),
				user.unitId(), user.roles(), grants, user.getPassword(), false, true);
	}

	/** The demo user acting as an approver and requester (no report reach). */
	public CurrentUser approver(String username) {
		return user(username, "approval.request.create", "approval.task.act");
	}

	public long userId(String username) {
		return this.users.loadUserByUsername(username).userId();
	}

	public SubmitDocument document(String type, String amount, String requester, String unitCode) {
		return document(type, amount, requester, unitCode, null);
	}

	public SubmitDocument document(String type, String amount, String requester, String unitCode, String category) {
		return new SubmitDocument(type, DOCUMENT_IDS.incrementAndGet(), new BigDecimal(amount), unitId(unitCode),
				"测试单据 " + amount, userId(requester), List.of(), category);
	}

}
