package cn.houqin.approval.domain;

import java.util.Map;

import cn.houqin.approval.DefaultPolicy;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * A tenant's approval policies: the current revision per document type (the seed's
 * default written on first use, for every tenant old or new), the revision history, and
 * revising.
 */
@Service
@Transactional
public class PolicyService {

	private static final Pattern DOCUMENT_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

	private final ApprovalPolicies policies;

	private final TransactionTemplate separate;

	private final Map<String, PolicyRules> defaults;

	PolicyService(ApprovalPolicies policies, PlatformTransactionManager transactions, List<DefaultPolicy> declared) {
		this.policies = policies;
		this.defaults = PolicyDefaults.all(declared);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The current revision, writing the seed's default first when the type has one. */
	public Optional<PolicyView> current(long tenantId, String documentType) {
		return currentPolicy(tenantId, documentType).map(PolicyView::of);
	}

	Optional<ApprovalPolicy> currentPolicy(long tenantId, String documentType) {
		Optional<ApprovalPolicy> found = this.policies.findByTenantIdAndDocumentTypeAndCurrentTrue(tenantId,
				documentType);
		PolicyRules defaults = this.defaults.get(documentType);
		if (found.isPresent() || defaults == null) {
			return found;
		}
		try {
			this.separate.executeWithoutResult(status -> this.policies
				.saveAndFlush(new ApprovalPolicy(tenantId, documentType, 1, defaults, null)));
		}
		catch (DataIntegrityViolationException ex) {
			// another node wrote the default at the same moment; read theirs
		}
		return this.policies.findByTenantIdAndDocumentTypeAndCurrentTrue(tenantId, documentType);
	}

	@Transactional(readOnly = true)
	public PolicyView revision(long tenantId, long policyId) {
		return this.policies.findByTenantIdAndId(tenantId, policyId)
			.map(PolicyView::of)
			.orElseThrow(() -> new NotFoundException("Policy", policyId));
	}

	ApprovalPolicy revisionEntity(long tenantId, long policyId) {
		return this.policies.findByTenantIdAndId(tenantId, policyId)
			.orElseThrow(() -> new NotFoundException("Policy", policyId));
	}

	/** Current revisions of every type the tenant has, the seeded types included. */
	public List<PolicyView> currentPolicies(long tenantId) {
		TreeSet<String> types = new TreeSet<>(this.defaults.keySet());
		this.policies.findByTenantIdAndCurrentTrueOrderByDocumentType(tenantId)
			.forEach(policy -> types.add(policy.getDocumentType()));
		return types.stream().flatMap(type -> current(tenantId, type).stream()).toList();
	}

	@Transactional(readOnly = true)
	public List<PolicyView> history(long tenantId, String documentType) {
		return this.policies.findByTenantIdAndDocumentTypeOrderByRevisionDesc(tenantId, documentType)
			.stream()
			.map(PolicyView::of)
			.toList();
	}

	/**
	 * Writes the next revision. {@code expectedRevision} is the revision the editor
	 * started from (0 for a new type); refused when someone revised the policy meanwhile.
	 */
	public PolicyView revise(long tenantId, String documentType, int expectedRevision, PolicyRules rules, String note) {
		if (documentType == null || !DOCUMENT_TYPE.matcher(documentType).matches()) {
			throw new BusinessRuleException("documentType", "approval.policy.error.type");
		}
		rules.validate();
		Optional<ApprovalPolicy> current = currentPolicy(tenantId, documentType);
		int revision = current.map(ApprovalPolicy::getRevision).orElse(0);
		if (revision != expectedRevision) {
			throw new BusinessRuleException("approval.policy.error.changed", revision);
		}
		current.ifPresent(policy -> {
			policy.retire();
			this.policies.saveAndFlush(policy);
		});
		String trimmed = note == null || note.isBlank() ? null : note.trim();
		return PolicyView
			.of(this.policies.saveAndFlush(new ApprovalPolicy(tenantId, documentType, revision + 1, rules, trimmed)));
	}

}
