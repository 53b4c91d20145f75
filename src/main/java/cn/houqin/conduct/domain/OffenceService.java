package cn.houqin.conduct.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * Editing the offence catalogue: add, edit, retire and reinstate items. A retired item
 * stays on old records.
 */
@Service
@Transactional
public class OffenceService {

	private final Offences offences;

	private final ConductPolicyService policies;

	private final OffenceCatalogue catalogue;

	OffenceService(Offences offences, ConductPolicyService policies, OffenceCatalogue catalogue) {
		this.catalogue = catalogue;
		this.offences = offences;
		this.policies = policies;
	}

	public long add(long tenantId, String code, String article, int points, String shortName, String wording) {
		if (code == null || code.isBlank()) {
			throw new BusinessRuleException("code", "conduct.error.codeRequired");
		}
		this.catalogue.ensure(tenantId);
		if (this.offences.findByTenantIdAndCode(tenantId, code.trim()).isPresent()) {
			throw new BusinessRuleException("code", "conduct.error.codeTaken", code.trim());
		}
		required(shortName, wording);
		PointRules.allowed(this.policies.policy(tenantId), "points", points);
		int order = this.offences.findByTenantIdOrderBySortOrderAsc(tenantId)
			.stream()
			.mapToInt(Offence::getSortOrder)
			.max()
			.orElse(0) + 1;
		return this.offences
			.save(new Offence(tenantId, code.trim(), article, points, shortName.trim(), wording.trim(), order))
			.getId();
	}

	public void edit(long tenantId, long id, long version, String article, int points, String shortName,
			String wording) {
		Offence offence = get(tenantId, id);
		if (offence.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Offence.class, id);
		}
		required(shortName, wording);
		PointRules.allowed(this.policies.policy(tenantId), "points", points);
		offence.edit(article, points, shortName.trim(), wording.trim());
		this.offences.saveAndFlush(offence);
	}

	public void retire(long tenantId, long id, boolean retired) {
		Offence offence = get(tenantId, id);
		if (retired) {
			offence.retire();
		}
		else {
			offence.reinstate();
		}
		this.offences.saveAndFlush(offence);
	}

	private Offence get(long tenantId, long id) {
		return this.offences.findByTenantIdAndId(tenantId, id).orElseThrow(() -> new NotFoundException("Offence", id));
	}

	private static void required(String shortName, String wording) {
		if (shortName == null || shortName.isBlank()) {
			throw new BusinessRuleException("shortName", "conduct.error.shortNameRequired");
		}
		if (wording == null || wording.isBlank()) {
			throw new BusinessRuleException("wording", "conduct.error.wordingRequired");
		}
	}

}
