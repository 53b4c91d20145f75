package cn.houqin.approval.domain;

import java.math.RoundingMode;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.approval.ApprovalDecided;
import cn.houqin.approval.ApprovalOutcome;
import cn.houqin.approval.ApprovalReturned;
import cn.houqin.approval.SubmitDocument;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * General requests: filed and submitted in one step, corrected and resubmitted after a
 * return, and kept in step with their approval's outcome.
 */
@Service
@Transactional
public class GeneralRequestService {

	private final GeneralRequests requests;

	private final ApprovalService approvals;

	GeneralRequestService(GeneralRequests requests, ApprovalService approvals) {
		this.requests = requests;
		this.approvals = approvals;
	}

	/** Files the request and submits it; nothing is written when no route exists. */
	public GeneralRequestView submit(long tenantId, long requesterUserId, Long unitId, GeneralDraft draft) {
		if (unitId == null) {
			throw new BusinessRuleException("approval.general.error.noUnit");
		}
		GeneralDraft normalized = normalize(draft);
		GeneralRequest request = this.requests
			.saveAndFlush(new GeneralRequest(tenantId, requesterUserId, unitId, normalized));
		long approvalId = this.approvals.submit(tenantId, new SubmitDocument(GeneralRequest.TYPE, request.getId(),
				request.getAmount(), unitId, request.summary(), requesterUserId, List.of(), request.getCategory()));
		request.submitted(approvalId);
		return GeneralRequestView.of(request);
	}

	@Transactional(readOnly = true)
	public GeneralRequestView view(long tenantId, long requesterUserId, long id) {
		return GeneralRequestView.of(own(tenantId, requesterUserId, id));
	}

	/** The corrected request restarts its approval's route. */
	public GeneralRequestView resubmit(long tenantId, long requesterUserId, long id, long version, GeneralDraft draft) {
		GeneralRequest request = own(tenantId, requesterUserId, id);
		request.checkVersion(version);
		request.revise(normalize(draft));
		this.approvals.resubmit(tenantId, request.getApprovalId(), requesterUserId, request.getAmount(),
				request.summary());
		return GeneralRequestView.of(this.requests.saveAndFlush(request));
	}

	void on(ApprovalDecided decided) {
		this.requests.findByTenantIdAndId(decided.tenantId(), decided.documentId())
			.ifPresent(request -> request.approvalReports(
					decided.outcome() == ApprovalOutcome.APPROVED ? GeneralStatus.APPROVED : GeneralStatus.REJECTED));
	}

	void on(ApprovalReturned returned) {
		this.requests.findByTenantIdAndId(returned.tenantId(), returned.documentId())
			.ifPresent(request -> request.approvalReports(GeneralStatus.RETURNED));
	}

	private GeneralRequest own(long tenantId, long requesterUserId, long id) {
		return this.requests.findByTenantIdAndId(tenantId, id)
			.filter(request -> request.getRequesterUserId() == requesterUserId)
			.orElseThrow(() -> new NotFoundException("GeneralRequest", id));
	}

	private static GeneralDraft normalize(GeneralDraft draft) {
		if (draft.amount() == null || draft.amount().signum() < 0) {
			throw new BusinessRuleException("amount", "approval.route.refused.amount");
		}
		if (draft.amount().scale() > 2 && draft.amount().stripTrailingZeros().scale() > 2) {
			throw new BusinessRuleException("amount", "approval.general.error.cents");
		}
		return new GeneralDraft(draft.title(), draft.amount().setScale(2, RoundingMode.UNNECESSARY), draft.reason(),
				draft.category());
	}

}
