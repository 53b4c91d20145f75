package cn.houqin.approval.domain;

import java.math.BigDecimal;

/**
 * A general request as its form shows it.
 */
public record GeneralRequestView(long id, long version, String title, BigDecimal amount, String reason, String category,
		GeneralStatus status, Long approvalId) {

	static GeneralRequestView of(GeneralRequest request) {
		return new GeneralRequestView(request.getId(), request.getVersion(), request.getTitle(), request.getAmount(),
				request.getReason(), request.getCategory(), request.getStatus(), request.getApprovalId());
	}

}
