package cn.houqin.repairs.domain;

import java.time.Instant;
import java.util.List;

/**
 * An incident with its timeline, as pages show it.
 */
public record IncidentView(long id, long version, IncidentKind kind, String title, String location, String unitName,
		String reporterName, Instant occurredAt, IncidentStatus status, String closingReport, Instant closedAt,
		Long workOrderId, List<Step> timeline) {

	/**
	 * A timeline entry.
	 */
	public record Step(Instant at, String who, String note) {
	}

}
