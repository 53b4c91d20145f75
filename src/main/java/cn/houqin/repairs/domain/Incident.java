package cn.houqin.repairs.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * An incident (偶发性问题, 篇7): logged, its leaders told at once, a timeline of actions, and a
 * closing report.
 */
@Entity
@Table(name = "rep_incident")
@Audited("repairs.incident")
class Incident extends Aggregate<Incident> {

	@Enumerated(EnumType.STRING)
	private IncidentKind kind;

	private String title;

	private String location;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "reporter_user_id")
	private long reporterUserId;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private IncidentStatus status;

	@Column(name = "closing_report")
	private String closingReport;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "work_order_id")
	private Long workOrderId;

	@ElementCollection
	@CollectionTable(name = "rep_incident_action", joinColumns = @JoinColumn(name = "incident_id"))
	@OrderColumn(name = "position")
	private List<IncidentAction> actions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "rep_incident_conduct", joinColumns = @JoinColumn(name = "incident_id"))
	@Column(name = "record_id")
	private Set<Long> conductRecordIds = new LinkedHashSet<>();

	protected Incident() {
	}

	Incident(long tenantId, long unitId, long reporterUserId, IncidentKind kind, String title, String location,
			Instant occurredAt, Long workOrderId) {
		super(tenantId);
		if (kind == null) {
			throw new BusinessRuleException("kind", "repairs.error.required");
		}
		if (title == null || title.isBlank()) {
			throw new BusinessRuleException("title", "repairs.error.required");
		}
		if (location == null || location.isBlank()) {
			throw new BusinessRuleException("location", "repairs.error.location");
		}
		this.unitId = unitId;
		this.reporterUserId = reporterUserId;
		this.kind = kind;
		this.title = title.trim();
		this.location = location.trim();
		this.occurredAt = occurredAt;
		this.workOrderId = workOrderId;
		this.status = IncidentStatus.OPEN;
	}

	void record(long userId, String note, Instant now) {
		requireOpen();
		if (note == null || note.isBlank()) {
			throw new BusinessRuleException("note", "repairs.error.required");
		}
		this.actions.add(new IncidentAction(now, userId, note.trim()));
	}

	void close(long userId, String report, Instant now) {
		requireOpen();
		if (report == null || report.isBlank()) {
			throw new BusinessRuleException("closingReport", "repairs.error.required");
		}
		this.closingReport = report.trim();
		this.closedAt = now;
		this.actions.add(new IncidentAction(now, userId, this.closingReport));
		this.status = IncidentStatus.CLOSED;
	}

	/**
	 * Cites a conduct record (its existence is the caller's check); citing twice is once.
	 */
	void citeConductRecord(long recordId) {
		this.conductRecordIds.add(recordId);
	}

	private void requireOpen() {
		if (this.status != IncidentStatus.OPEN) {
			throw new BusinessRuleException("repairs.error.incidentClosed");
		}
	}

	IncidentKind getKind() {
		return this.kind;
	}

	String getTitle() {
		return this.title;
	}

	String getLocation() {
		return this.location;
	}

	long getUnitId() {
		return this.unitId;
	}

	long getReporterUserId() {
		return this.reporterUserId;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	IncidentStatus getStatus() {
		return this.status;
	}

	String getClosingReport() {
		return this.closingReport;
	}

	Instant getClosedAt() {
		return this.closedAt;
	}

	Long getWorkOrderId() {
		return this.workOrderId;
	}

	List<Long> getConductRecordIds() {
		return this.conductRecordIds.stream().sorted().toList();
	}

	List<IncidentAction> getActions() {
		return List.copyOf(this.actions);
	}

}
