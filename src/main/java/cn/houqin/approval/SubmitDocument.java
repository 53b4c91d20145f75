package cn.houqin.approval;

import java.math.BigDecimal;
import java.util.List;

/**
 * Command: a module asks for approval of one of its documents.
 *
 * @param documentType e.g. {@code SUPPLY_PURCHASE}
 * @param documentId the document's id in its module
 * @param amount one request's total in 元 (zero when the document has no amount)
 * @param unitId the requesting unit
 * @param summary one line shown in the inbox
 * @param requesterUserId who asks; never approves their own request
 * @param findings over-standard findings, shown to approvers
 * @param category optional category for the split-purchase watch (e.g. catalogue class)
 */
public record SubmitDocument(String documentType, long documentId, BigDecimal amount, long unitId, String summary,
		long requesterUserId, List<OverStandard> findings, String category) {

	public SubmitDocument {
		findings = findings == null ? List.of() : List.copyOf(findings);
	}

	public SubmitDocument(String documentType, long documentId, BigDecimal amount, long unitId, String summary,
			long requesterUserId, List<OverStandard> findings) {
		this(documentType, documentId, amount, unitId, summary, requesterUserId, findings, null);
	}

}
