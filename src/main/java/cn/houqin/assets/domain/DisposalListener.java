package cn.houqin.assets.domain;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.houqin.approval.ApprovalDecided;
import cn.houqin.approval.ApprovalReturned;

/**
 * Keeps disposal requests in step with their approvals.
 */
@Component
class DisposalListener {

	private final DisposalService disposals;

	DisposalListener(DisposalService disposals) {
		this.disposals = disposals;
	}

	@ApplicationModuleListener
	void on(ApprovalDecided decided) {
		if (Disposal.TYPE.equals(decided.documentType()) || Disposal.BULK_TYPE.equals(decided.documentType())) {
			this.disposals.on(decided);
		}
	}

	@ApplicationModuleListener
	void on(ApprovalReturned returned) {
		if (Disposal.TYPE.equals(returned.documentType()) || Disposal.BULK_TYPE.equals(returned.documentType())) {
			this.disposals.on(returned);
		}
	}

}
