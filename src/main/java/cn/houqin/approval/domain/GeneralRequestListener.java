package cn.houqin.approval.domain;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.houqin.approval.ApprovalDecided;
import cn.houqin.approval.ApprovalReturned;

/**
 * Keeps general requests in step with their approvals, the way every module that submits
 * documents listens.
 */
@Component
class GeneralRequestListener {

	private final GeneralRequestService requests;

	GeneralRequestListener(GeneralRequestService requests) {
		this.requests = requests;
	}

	@ApplicationModuleListener
	void on(ApprovalDecided decided) {
		if (GeneralRequest.TYPE.equals(decided.documentType())) {
			this.requests.on(decided);
		}
	}

	@ApplicationModuleListener
	void on(ApprovalReturned returned) {
		if (GeneralRequest.TYPE.equals(returned.documentType())) {
			this.requests.on(returned);
		}
	}

}
