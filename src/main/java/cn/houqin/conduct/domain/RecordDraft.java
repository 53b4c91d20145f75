package cn.houqin.conduct.domain;

import java.time.LocalDate;

/**
 * What the conduct office writes down about an incident.
 *
 * @param reason why the points were chosen; required for the "other" item
 * @param penaltyRequired whether an administrative penalty must be decided first
 * @param correctionDue the date by which to correct, or {@code null} for 立即改正
 */
public record RecordDraft(LocalDate occurredOn, Source source, String description, String reason,
		boolean penaltyRequired, LocalDate correctionDue) {

}
