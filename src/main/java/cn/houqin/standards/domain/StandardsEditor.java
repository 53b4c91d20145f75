package cn.houqin.standards.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * Changes a tenant's standards: its own sets, rules and overrides of national rules. The
 * national defaults themselves change only with a migration; a tenant "editing" one adds
 * its own version. A version with a new effective date never changes checks for earlier
 * days. Standards hold for the whole tenant, so only a tenant-wide manager may change
 * them.
 */
@Service
@Transactional
public class StandardsEditor {

	private final StandardSets sets;

	private final StandardRules rules;

	StandardsEditor(StandardSets sets, StandardRules rules) {
		this.sets = sets;
		this.rules = rules;
	}

	public SetView createSet(DataScope scope, String code, SetTerms terms) {
		requireTenantWide(scope);
		String trimmed = code.trim();
		if (this.sets.existsByTenantIdInAndCode(Visibility.of(scope.tenantId()), trimmed)) {
			throw new BusinessRuleException("code", "standards.set.error.codeTaken", trimmed);
		}
		return SetView.of(this.sets.saveAndFlush(new StandardSet(scope.tenantId(), trimmed, terms)), 0);
	}

	public SetView reviseSet(DataScope scope, long id, long version, SetTerms terms) {
		requireTenantWide(scope);
		StandardSet set = ownSet(scope.tenantId(), id);
		set.checkVersion(version);
		set.revise(terms);
		return SetView.of(this.sets.saveAndFlush(set), this.rules.countBySet(set));
	}

	/**
	 * Adds a rule (or a tenant's version of a national rule code) to one of its own sets.
	 */
	public RuleView addRule(DataScope scope, long setId, String code, RuleTerms terms) {
		requireTenantWide(scope);
		StandardSet set = ownSet(scope.tenantId(), setId);
		requireAfterSet(set, terms);
		return save(new StandardRule(scope.tenantId(), set, code.trim(), terms));
	}

	/**
	 * Revises a rule's limit from a date. The tenant's own version of that date changes
	 * in place; otherwise — a national rule, or another date — the tenant gets a new
	 * version, cited by the chosen set of its own or by the rule's set.
	 */
	public RuleView reviseRule(DataScope scope, long id, long version, RuleRevision revision) {
		requireTenantWide(scope);
		StandardRule rule = this.rules.findByTenantIdInAndId(Visibility.of(scope.tenantId()), id)
			.orElseThrow(() -> new NotFoundException("StandardRule", id));
		rule.checkVersion(version);
		RuleTerms terms = rule.terms()
			.revised(revision.limit(), revision.effectiveFrom(), revision.verify(), revision.note());
		StandardSet set = revision.setId() == null ? rule.getSet() : visibleSet(scope.tenantId(), revision.setId());
		if (rule.isLocal() && rule.getEffectiveFrom().equals(terms.effectiveFrom()) && set == rule.getSet()) {
			rule.revise(terms);
			return RuleView.of(this.rules.saveAndFlush(rule));
		}
		requireAfterSet(set, terms);
		return save(new StandardRule(scope.tenantId(), set, rule.getCode(), terms));
	}

	/**
	 * Removes one of the tenant's versions; the version before it, or the national one,
	 * applies again.
	 */
	public void deleteRule(DataScope scope, long id, long version) {
		requireTenantWide(scope);
		StandardRule rule = this.rules.findByTenantIdInAndId(List.of(scope.tenantId()), id)
			.orElseThrow(() -> new NotFoundException("StandardRule", id));
		rule.checkVersion(version);
		this.rules.delete(rule);
		this.rules.flush();
	}

	private RuleView save(StandardRule rule) {
		if (this.rules.existsByTenantIdAndCodeAndConditionsAndEffectiveFrom(rule.getTenantId(), rule.getCode(),
				rule.getConditions(), rule.getEffectiveFrom())) {
			throw new BusinessRuleException("effectiveFrom", "standards.rule.error.versionTaken", rule.getCode(),
					rule.getEffectiveFrom());
		}
		return RuleView.of(this.rules.saveAndFlush(rule));
	}

	private StandardSet ownSet(long tenantId, long id) {
		StandardSet set = visibleSet(tenantId, id);
		if (set.isNational()) {
			throw new BusinessRuleException("standards.set.error.national");
		}
		return set;
	}

	private StandardSet visibleSet(long tenantId, long id) {
		return this.sets.findByTenantIdInAndId(Visibility.of(tenantId), id)
			.orElseThrow(() -> new NotFoundException("StandardSet", id));
	}

	private static void requireAfterSet(StandardSet set, RuleTerms terms) {
		if (terms.effectiveFrom() != null && terms.effectiveFrom().isBefore(set.getEffectiveOn())) {
			throw new BusinessRuleException("effectiveFrom", "standards.rule.error.beforeSet", set.getEffectiveOn());
		}
	}

	private static void requireTenantWide(DataScope scope) {
		if (!scope.tenantWide()) {
			throw new BusinessRuleException("standards.error.tenantScope");
		}
	}

}
