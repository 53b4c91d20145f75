package cn.houqin.conduct.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A conduct record as pages and the API show it.
 */
public record RecordView(long id, long version, String offenceCode, String offenceArticle, String offenceName,
		String offenceWording, int offencePoints, LocalDate occurredOn, Source source, String description,
		String reason, RecordStatus status, boolean penaltyRequired, String penaltyDecision, LocalDate penaltyDecidedOn,
		LocalDate correctionDue, List<PersonView> persons, List<AppealView> appeals, List<FileView> files) {

	/**
	 * One person's points in the record.
	 *
	 * @param appealDeadline last day to appeal (receipt day is day 0), once received
	 * @param correctionOverdue whether the correction date passed without it being done
	 */
	public record PersonView(long staffId, String name, String employeeNo, long unitId, String unitName, int points,
			int recordedPoints, EntryStatus status, Instant receivedAt, ReceiptKind receiptKind,
			LocalDate appealDeadline, LocalDate correctionDoneOn, boolean correctionOverdue, boolean hasScan) {

	}

	/** An appeal and its decision. */
	public record AppealView(long id, long staffId, String reason, Instant filedAt, Long approvalId,
			AppealStatus status, AppealOutcome outcome, Integer newPoints, Instant decidedAt) {

		static AppealView of(Appeal a) {
			return new AppealView(a.getId(), a.getStaffId(), a.getReason(), a.getFiledAt(), a.getApprovalId(),
					a.getStatus(), a.getOutcome(), a.getNewPoints(), a.getDecidedAt());
		}

	}

	/** An evidence file. */
	public record FileView(long id, String fileName, long sizeBytes) {

	}

}
