package cn.houqin.conduct.domain;

import java.time.MonthDay;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.conduct.ConductPolicy;

/**
 * A tenant's conduct rules: read by every rule of the module, edited by an administrator.
 * A tenant without its own row works under {@link ConductPolicy#DEFAULTS}; its first
 * saved change creates the row.
 */
@Service
public class ConductPolicyService {

	private final TenantPolicies policies;

	ConductPolicyService(TenantPolicies policies) {
		this.policies = policies;
	}

	@Transactional(readOnly = true)
	public ConductPolicy policy(long tenantId) {
		return this.policies.findByTenantId(tenantId).map(TenantPolicy::toPolicy).orElse(ConductPolicy.DEFAULTS);
	}

	/** The row's version for the editor, 0 while the tenant uses the defaults. */
	@Transactional(readOnly = true)
	public long version(long tenantId) {
		return this.policies.findByTenantId(tenantId).map(TenantPolicy::getVersion).orElse(0L);
	}

	/**
	 * Saves a tenant's rules after checking them; refuses a change prepared against an
	 * older version (409).
	 */
	@Transactional
	public ConductPolicy change(long tenantId, Long version, ConductPolicy policy) {
		TenantPolicy.check(policy);
		TenantPolicy row = this.policies.findByTenantId(tenantId).orElseGet(() -> new TenantPolicy(tenantId));
		if (version != null && row.getId() != null) {
			row.checkVersion(version);
		}
		row.change(policy);
		return this.policies.saveAndFlush(row).toPolicy();
	}

	/** A month and day as entered (MM-DD), {@code null} when it is not one. */
	public static MonthDay monthDay(String text) {
		return TenantPolicy.monthDay(text);
	}

}
