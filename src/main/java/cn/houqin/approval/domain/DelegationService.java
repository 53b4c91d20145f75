package cn.houqin.approval.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.AccessApi;
import cn.houqin.access.UserSummary;
import cn.houqin.org.OrgApi;
import cn.houqin.org.UnitSummary;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * Delegations (委托代批): an approver names a person to act on their tasks for a date range
 * (leave, business trip), and may revoke it.
 */
@Service
@Transactional
public class DelegationService {

	/**
	 * Roles whose holders one may delegate to, looked for in one's own unit and above.
	 */
	private static final List<String> ROLES = List.of("logistics-head", "unit-head", "committee", "dept-head",
			"logistics", "finance", "admin", "staff");

	private final Delegations delegations;

	private final AccessApi access;

	private final OrgApi org;

	private final Names names;

	DelegationService(Delegations delegations, AccessApi access, OrgApi org, Names names) {
		this.delegations = delegations;
		this.access = access;
		this.org = org;
		this.names = names;
	}

	public long delegate(long tenantId, long delegatorUserId, long delegateUserId, LocalDate startDate,
			LocalDate endDate, String reason) {
		if (delegateUserId == delegatorUserId) {
			throw new BusinessRuleException("delegateUserId", "approval.delegation.error.self");
		}
		UserSummary delegate = this.access.user(tenantId, delegateUserId)
			.filter(UserSummary::enabled)
			.orElseThrow(() -> new BusinessRuleException("delegateUserId", "approval.delegation.error.delegate"));
		if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
			throw new BusinessRuleException("endDate", "approval.delegation.error.dates");
		}
		if (endDate.isBefore(ApprovalAccess.today())) {
			throw new BusinessRuleException("endDate", "approval.delegation.error.past");
		}
		String trimmed = reason == null || reason.isBlank() ? null : reason.trim();
		return this.delegations
			.save(new Delegation(tenantId, delegatorUserId, delegate.id(), startDate, endDate, trimmed))
			.getId();
	}

	public void revoke(long tenantId, long delegatorUserId, long delegationId) {
		Delegation delegation = this.delegations.findByTenantIdAndId(tenantId, delegationId)
			.filter(d -> d.getDelegatorUserId() == delegatorUserId)
			.orElseThrow(() -> new NotFoundException("Delegation", delegationId));
		delegation.revoke();
	}

	@Transactional(readOnly = true)
	public List<DelegationView> involving(long tenantId, long userId) {
		Names.Lookup lookup = this.names.lookup(tenantId);
		LocalDate today = ApprovalAccess.today();
		return this.delegations.involving(tenantId, userId)
			.stream()
			.map(d -> new DelegationView(d.getId(), lookup.user(d.getDelegatorUserId()),
					lookup.user(d.getDelegateUserId()), d.getStartDate(), d.getEndDate(), d.getReason(), d.isRevoked(),
					d.activeOn(today), d.getDelegatorUserId() == userId))
			.toList();
	}

	/** Holders of the approving roles in the user's unit and every unit above it. */
	@Transactional(readOnly = true)
	public List<PersonChoice> candidates(long tenantId, long userId, Long unitId) {
		if (unitId == null) {
			return List.of();
		}
		Map<Long, PersonChoice> people = new LinkedHashMap<>();
		for (UnitSummary unit : this.org.unitAndAncestors(tenantId, unitId)) {
			for (String role : ROLES) {
				this.access.holders(tenantId, role, unit.id())
					.stream()
					.filter(holder -> holder.id() != userId)
					.forEach(holder -> people.putIfAbsent(holder.id(),
							new PersonChoice(holder.id(), holder.displayName(), unit.name())));
			}
		}
		return List.copyOf(people.values());
	}

}
