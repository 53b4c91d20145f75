package cn.houqin.approval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.houqin.approval.domain.ApprovalService;
import cn.houqin.approval.domain.PlannedStep;
import cn.houqin.approval.domain.RoleLabel;
import cn.houqin.approval.domain.RoutePlan;
import cn.houqin.access.AccessApi;
import cn.houqin.access.UserSummary;
import cn.houqin.org.OrgApi;
import cn.houqin.org.UnitSummary;
import cn.houqin.shared.security.DataScopes;

/**
 * What other modules may ask of approval: preview a document's route, submit it, resubmit
 * it after a return. Outcomes arrive as {@link ApprovalDecided}, {@link ApprovalReturned}
 * and {@link ApprovalResubmitted} events.
 */
@Component
public class ApprovalApi {

	private final ApprovalService approvals;

	private final OrgApi org;

	private final AccessApi access;

	private final MessageSource messages;

	ApprovalApi(ApprovalService approvals, OrgApi org, AccessApi access, MessageSource messages) {
		this.approvals = approvals;
		this.org = org;
		this.access = access;
		this.messages = messages;
	}

	/** The route the document would take now, or the reason it cannot be submitted. */
	public RoutePreview preview(long tenantId, String documentType, BigDecimal amount, long unitId,
			long requesterUserId) {
		RoutePlan plan = this.approvals.plan(tenantId, documentType, amount, unitId, requesterUserId);
		Locale locale = LocaleContextHolder.getLocaleContext() == null ? Locale.SIMPLIFIED_CHINESE
				: LocaleContextHolder.getLocale();
		if (!plan.allowed()) {
			return RoutePreview.refused(this.messages.getMessage(plan.refusalKey(), plan.refusalArguments().toArray(),
					plan.refusalKey(), locale));
		}
		List<RouteStep> steps = new ArrayList<>();
		for (PlannedStep step : plan.steps()) {
			String unitName = this.org.unit(tenantId, step.unitId()).map(UnitSummary::name).orElse("");
			String person = this.access.user(tenantId, step.assigneeUserId()).map(UserSummary::displayName).orElse("");
			String note = step.noteKey() == null ? null : this.messages.getMessage(step.noteKey(),
					new Object[] { step.noteArgument() }, step.noteKey(), locale);
			steps.add(new RouteStep(steps.size() + 1, RoleLabel.constant(step.roleCode()), step.roleCode(),
					step.unitId(), unitName, step.assigneeUserId(), person, step.committee(), step.escalated(), note));
		}
		return new RoutePreview(true, null, steps);
	}

	/**
	 * Starts the approval of a document; refused (business rule) when it has no route.
	 */
	public long submit(long tenantId, SubmitDocument document) {
		return this.approvals.submit(tenantId, document);
	}

	/** Starts the approval of a document in the signed-in user's tenant. */
	public long submit(SubmitDocument document) {
		return submit(DataScopes.currentUser().tenantId(), document);
	}

	/** The requester's corrected document, after a return, restarts the route. */
	public void resubmit(long tenantId, long approvalId, long requesterUserId, BigDecimal amount, String summary) {
		this.approvals.resubmit(tenantId, approvalId, requesterUserId, amount, summary);
	}

}
