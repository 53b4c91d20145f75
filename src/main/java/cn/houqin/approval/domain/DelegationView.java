package cn.houqin.approval.domain;

import java.time.LocalDate;

/**
 * A delegation as the delegation page lists it; {@code given} when the reader delegated.
 */
public record DelegationView(long id, String delegatorName, String delegateName, LocalDate startDate, LocalDate endDate,
		String reason, boolean revoked, boolean active, boolean given) {

}
