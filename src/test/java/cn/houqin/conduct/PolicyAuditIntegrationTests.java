package cn.houqin.conduct;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.houqin.audit.AuditApi;
import cn.houqin.audit.AuditEntry;
import cn.houqin.audit.AuditQuery;
import cn.houqin.audit.FieldChange;
import cn.houqin.conduct.domain.ConductPolicyService;
import cn.houqin.org.OrgApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy change is in the audit trail with the values before and after. Not
 * transactional: the trail is written inside the committed business transaction. The
 * defaults are put back afterwards.
 */
@ConductIntegrationTest
class PolicyAuditIntegrationTests {

	@Autowired
	ConductPolicyService policies;

	@Autowired
	AuditApi audit;

	@Autowired
	OrgApi org;

	@AfterEach
	void restore() {
		this.policies.change(tenantId(), null, ConductPolicy.DEFAULTS);
	}

	@Test
	void aPolicyChangeIsAudited() {
		long tenantId = tenantId();
		this.policies.change(tenantId, null, ConductPolicy.DEFAULTS);
		ConductPolicy longer = new ConductPolicy(5, 1, 5, 6, 8, 9, 6, 12, 12, List.of(12, 6, 4, 2, 1),
				ConductPolicy.DEFAULTS.validationDate(), ConductPolicy.DEFAULTS.disclosurePeriod());
		this.policies.change(tenantId, null, longer);
		List<AuditEntry> entries = this.audit
			.search(tenantId, new AuditQuery(null, null, null, null, "conduct.policy", null), 0, 5, "seq,desc")
			.items();
		assertThat(entries).isNotEmpty();
		assertThat(entries.get(0).changes()).contains(new FieldChange("appealWorkingDays", "3", "5"));
	}

	private long tenantId() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

}
