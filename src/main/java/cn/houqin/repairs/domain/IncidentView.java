package cn.houqin.repairs.domain;

import java.time.Instant;
import java.util.List;

import cn.houqin.conduct.ConductRecordRef;

/**
 * An incident with its timeline and the conduct records it cites, as pages show it.
 */
public record IncidentView(long id, long version, IncidentKind kind, String title, String location, String unitName,
		String reporterName, Instant occurredAt, IncidentStatus status, String closingReport, Instant closedAt,
		Long workOrderId, List<Step> timeline, List<ConductRecordRef> conductRecords) {

	/**
	 * A timeline entry.
	 */
	public record Step(Instant at, String who, String note) {
	}

}
