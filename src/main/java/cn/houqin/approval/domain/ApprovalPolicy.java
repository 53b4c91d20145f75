package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * One revision of a tenant's approval policy (审批规则) for a document type. Revisions never
 * change once written: editing writes the next revision and retires this one, so a route
 * keeps the rules it was computed with.
 */
@Entity
@Table(name = "apr_policy")
@Audited("approval.policy")
class ApprovalPolicy extends Aggregate<ApprovalPolicy> {

	@Column(name = "document_type")
	private String documentType;

	private int revision;

	@Column(name = "current_revision")
	private boolean current;

	@Column(name = "dept_leader_first")
	private boolean deptLeaderFirst;

	/** The rules as text, so that the audit trail shows what a revision said. */
	@Column(name = "rules_text")
	private String rulesText;

	private String note;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "apr_policy_tier", joinColumns = @JoinColumn(name = "policy_id"))
	@OrderColumn(name = "position")
	private List<TierBounds> tiers = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "apr_policy_step", joinColumns = @JoinColumn(name = "policy_id"))
	@OrderColumn(name = "position")
	private List<StepRule> steps = new ArrayList<>();

	protected ApprovalPolicy() {
	}

	ApprovalPolicy(long tenantId, String documentType, int revision, PolicyRules rules, String note) {
		super(tenantId);
		rules.validate();
		this.documentType = documentType;
		this.revision = revision;
		this.current = true;
		this.deptLeaderFirst = rules.deptLeaderFirst();
		this.note = note;
		for (int i = 0; i < rules.tiers().size(); i++) {
			PolicyTier tier = rules.tiers().get(i);
			BigDecimal lower = i == 0 ? null : tier.lower();
			this.tiers.add(new TierBounds(lower, tier.upper()));
			int index = i;
			tier.steps().forEach(step -> this.steps.add(new StepRule(index, step)));
		}
		this.rulesText = PolicyText.of(rules());
	}

	/** Makes way for the next revision. */
	void retire() {
		this.current = false;
	}

	PolicyRules rules() {
		List<PolicyTier> result = new ArrayList<>();
		// a tier for every amount has only null bounds, which Hibernate neither writes
		// nor
		// reads back; every tier has steps, so they tell how many tiers there are
		int count = Math.max(this.tiers.size(), this.steps.stream().mapToInt(StepRule::tierIndex).max().orElse(-1) + 1);
		for (int i = 0; i < count; i++) {
			int index = i;
			List<PolicyStep> tierSteps = this.steps.stream()
				.filter(step -> step.tierIndex() == index)
				.map(StepRule::toStep)
				.toList();
			TierBounds bounds = (i < this.tiers.size()) ? this.tiers.get(i) : null;
			result.add(new PolicyTier(bounds == null ? null : bounds.lower(), bounds == null ? null : bounds.upper(),
					tierSteps));
		}
		return new PolicyRules(result, this.deptLeaderFirst);
	}

	String getDocumentType() {
		return this.documentType;
	}

	int getRevision() {
		return this.revision;
	}

	boolean isCurrent() {
		return this.current;
	}

	String getNote() {
		return this.note;
	}

}
