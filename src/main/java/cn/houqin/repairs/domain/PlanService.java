package cn.houqin.repairs.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * Preventive plans: created, listed, and turned into work orders ahead of their due dates
 * — exactly one per plan and due date, even with several nodes generating at once (the
 * unique constraint and the plan's version decide).
 */
@Service
public class PlanService {

	private final Plans plans;

	private final WorkOrders orders;

	private final SlaBook sla;

	private final DataScopes scopes;

	private final TransactionTemplate transactions;

	PlanService(Plans plans, WorkOrders orders, SlaBook sla, DataScopes scopes,
			PlatformTransactionManager transactionManager) {
		this.plans = plans;
		this.orders = orders;
		this.sla = sla;
		this.scopes = scopes;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Transactional
	public PlanView create(CurrentUser user, PlanDraft draft) {
		if (user.unitId() == null) {
			throw new BusinessRuleException("repairs.error.noUnit");
		}
		if (draft.name() == null || draft.name().isBlank()) {
			throw new BusinessRuleException("name", "repairs.error.required");
		}
		if (draft.location() == null || draft.location().isBlank()) {
			throw new BusinessRuleException("location", "repairs.error.location");
		}
		if (draft.checklist() == null || draft.checklist().isBlank()) {
			throw new BusinessRuleException("checklist", "repairs.error.required");
		}
		if (draft.category() == null || draft.intervalKind() == null || draft.firstDue() == null) {
			throw new BusinessRuleException("repairs.error.required");
		}
		return PlanView.of(this.plans.saveAndFlush(new Plan(user.tenantId(), user.unitId(), draft)), LocalDate.now());
	}

	@Transactional(readOnly = true)
	public PageResult<PlanView> list(CurrentUser user, Pageable pageable) {
		DataScope scope = this.scopes.forPermission(user, "repairs.plan");
		LocalDate today = LocalDate.now(WorkingClock.ZONE);
		return PageResult.of(this.plans.findByTenantId(user.tenantId(), pageable), p -> PlanView.of(p, today));
	}

	@Transactional(readOnly = true)
	public PlanView view(CurrentUser user, long id) {
		return PlanView.of(this.plans.findByTenantIdAndId(user.tenantId(), id)
			.filter(p -> this.scopes.forPermission(user, "repairs.plan").permitsUnit(p.getUnitId()))
			.orElseThrow(() -> new NotFoundException("Plan", id)), LocalDate.now(WorkingClock.ZONE));
	}

	/**
	 * Makes the work orders of every plan whose next due date, less its lead days, has
	 * come; answers how many were made here. A plan another node is generating is left to
	 * it.
	 */
	public int generateDue(LocalDate today) {
		int made = 0;
		for (long planId : this.plans.findCandidates(today.plusDays(90))) {
			try {
				Integer count = this.transactions.execute(status -> generate(planId, today));
				made += count == null ? 0 : count;
			}
			catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException ex) {
				// another generator made this due date's work order first
			}
		}
		return made;
	}

	private int generate(long planId, LocalDate today) {
		Plan plan = this.plans.findById(planId).orElse(null);
		if (plan == null) {
			return 0;
		}
		List<WorkOrder> made = new ArrayList<>();
		while (plan.dueForGeneration(today) && made.size() < 50) {
			LocalDate due = plan.getNextDue();
			if (!this.orders.existsByPlanIdAndDueDate(planId, due)) {
				java.time.Instant now = java.time.Instant.now();
				made.add(this.orders.saveAndFlush(WorkOrder.planned(plan.getTenantId(), WorkOrderService.orderNo(now),
						plan, due, this.sla.deadlines(plan.getTenantId(), Urgency.NORMAL, now), now)));
			}
			plan.advance();
		}
		this.plans.saveAndFlush(plan);
		return made.size();
	}

	/** The work orders a plan generated, newest due date first. */
	@Transactional(readOnly = true)
	public List<Long> workOrdersOf(long tenantId, long planId) {
		return this.orders.findByTenantIdAndPlanIdOrderByDueDateDesc(tenantId, planId)
			.stream()
			.map(WorkOrder::getId)
			.toList();
	}

}
