package cn.houqin.conduct;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.houqin.audit.AuditApi;
import cn.houqin.audit.AuditEntry;
import cn.houqin.audit.AuditQuery;
import cn.houqin.audit.FieldChange;
import cn.houqin.access.domain.UserDirectory;
import cn.houqin.conduct.domain.ConductPolicyService;
import cn.houqin.conduct.domain.StandingService;
import cn.houqin.shared.security.CurrentUser;
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

	@Autowired
	StandingService standings;

	@Autowired
	UserDirectory users;

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

	@Test
	void aValidationDateChangeIsAudited() {
		long tenantId = tenantId();
		long unitHead = this.org.staffByEmployeeNo(tenantId, "H0001").orElseThrow().id();
		CurrentUser office = this.users.loadUserByUsername("demo-conduct-office");
		// the validation date is recorded in the signed-in user's tenant, as from its
		// page
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(office, null, office.getAuthorities()));
		try {
			this.standings.changeValidationDate(office, unitHead, LocalDate.of(2025, 7, 1));
			List<AuditEntry> entries = this.audit
				.search(tenantId, new AuditQuery(null, null, null, null, "conduct.validationDate", null), 0, 5,
						"seq,desc")
				.items();
			assertThat(entries).isNotEmpty();
			assertThat(entries.get(0).changes()).extracting(FieldChange::after).contains("2025-07-01");
		}
		finally {
			this.standings.changeValidationDate(office, unitHead, LocalDate.of(2026, 1, 1));
			SecurityContextHolder.clearContext();
		}
	}

	private long tenantId() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

}
