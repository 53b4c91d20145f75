package cn.houqin.conduct.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.conduct.ConductPolicy;
import cn.houqin.conduct.ConductPolicy.DisclosurePeriod;
import cn.houqin.conduct.domain.ConductPolicyService;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * The tenant's conduct rules over the API; a bad policy answers 422 problem+json naming
 * the field, an outdated version 409.
 */
@RestController
@RequestMapping("/api/v1/conduct/policy")
class ConductPolicyApiController {

	private final ConductPolicyService policies;

	ConductPolicyApiController(ConductPolicyService policies) {
		this.policies = policies;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('conduct.policy.manage')")
	@Operation(summary = "The tenant's conduct rules (the seed's defaults until changed)")
	PolicyBody get() {
		long tenantId = DataScopes.currentUser().tenantId();
		return PolicyBody.of(this.policies.policy(tenantId), this.policies.version(tenantId));
	}

	@PutMapping
	@PreAuthorize("hasAuthority('conduct.policy.manage')")
	@Operation(summary = "Replaces the tenant's conduct rules after checking them")
	PolicyBody put(@RequestBody PolicyBody body) {
		long tenantId = DataScopes.currentUser().tenantId();
		this.policies.change(tenantId, body.version(), body.toPolicy());
		return get();
	}

	/**
	 * The rules with the version they were read at; {@code validationDate} as MM-DD.
	 */
	record PolicyBody(Long version, int appealWorkingDays, int l1Min, int l1Max, int l2Min, int l2Max, int l3Total,
			int l3Single, int l4Total, int l4Single, List<Integer> allowedPoints, String validationDate,
			DisclosurePeriod disclosurePeriod) {

		static PolicyBody of(ConductPolicy p, long version) {
			return new PolicyBody(version, p.appealWorkingDays(), p.l1Min(), p.l1Max(), p.l2Min(), p.l2Max(),
					p.l3Total(), p.l3Single(), p.l4Total(), p.l4Single(), p.allowedPoints(),
					"%02d-%02d".formatted(p.validationDate().getMonthValue(), p.validationDate().getDayOfMonth()),
					p.disclosurePeriod());
		}

		ConductPolicy toPolicy() {
			var date = ConductPolicyService.monthDay(this.validationDate);
			if (date == null) {
				throw new BusinessRuleException("validationDate", "conduct.policy.error.validationDate");
			}
			return new ConductPolicy(this.appealWorkingDays, this.l1Min, this.l1Max, this.l2Min, this.l2Max,
					this.l3Total, this.l3Single, this.l4Total, this.l4Single,
					this.allowedPoints == null ? List.of() : this.allowedPoints, date, this.disclosurePeriod);
		}

	}

}
