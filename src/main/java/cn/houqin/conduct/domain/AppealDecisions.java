package cn.houqin.conduct.domain;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.houqin.approval.ApprovalDecided;
import cn.houqin.approval.ApprovalOutcome;

/**
 * Applies the leadership's decision taken in the approval inbox to the appeal.
 */
@Component
class AppealDecisions {

	private final ConductService conduct;

	AppealDecisions(ConductService conduct) {
		this.conduct = conduct;
	}

	@ApplicationModuleListener
	void on(ApprovalDecided event) {
		if (ConductService.APPEAL_DOCUMENT.equals(event.documentType())) {
			this.conduct.approvalDecided(event.tenantId(), event.documentId(),
					event.outcome() == ApprovalOutcome.APPROVED);
		}
	}

}
