package cn.houqin.conduct.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.houqin.shared.audit.Audited;

/**
 * One person's points in a conduct record, with their notice's receipt (签字确认), appeal
 * deadline and correction. Changed only through its {@link ConductRecord}.
 */
@Entity
@Table(name = "con_entry")
@Audited("conduct.entry")
class Entry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Two changes to the same entry at once: the later one is refused (409). */
	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "record_id")
	private ConductRecord record;

	@Column(name = "staff_id")
	private long staffId;

	@Column(name = "unit_id")
	private long unitId;

	private int points;

	@Column(name = "recorded_points")
	private int recordedPoints;

	@Enumerated(EnumType.STRING)
	private EntryStatus status;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "receipt_kind")
	private ReceiptKind receiptKind;

	@Column(name = "appeal_deadline")
	private LocalDate appealDeadline;

	@Column(name = "correction_done_on")
	private LocalDate correctionDoneOn;

	@Column(name = "scan_file_name")
	private String scanFileName;

	@Column(name = "scan_content_type")
	private String scanContentType;

	@Column(name = "scan_content")
	private byte[] scanContent;

	protected Entry() {
	}

	Entry(ConductRecord record, long staffId, long unitId, int points, EntryStatus status) {
		this.record = record;
		this.staffId = staffId;
		this.unitId = unitId;
		this.points = points;
		this.recordedPoints = points;
		this.status = status;
	}

	void notifyPerson() {
		this.status = EntryStatus.NOTIFIED;
	}

	void receive(Instant at, ReceiptKind kind, LocalDate deadline, Evidence scan) {
		this.receivedAt = at;
		this.receiptKind = kind;
		this.appealDeadline = deadline;
		this.status = EntryStatus.RECEIVED;
		if (scan != null) {
			this.scanFileName = scan.fileName();
			this.scanContentType = scan.contentType();
			this.scanContent = scan.content();
		}
	}

	void appeal() {
		this.status = EntryStatus.UNDER_APPEAL;
	}

	void confirm(int finalPoints) {
		this.points = finalPoints;
		this.status = EntryStatus.CONFIRMED;
	}

	void revoke() {
		this.status = EntryStatus.REVOKED;
	}

	void correctionDone(LocalDate on) {
		this.correctionDoneOn = on;
	}

	Long getId() {
		return this.id;
	}

	ConductRecord getRecord() {
		return this.record;
	}

	long getStaffId() {
		return this.staffId;
	}

	long getUnitId() {
		return this.unitId;
	}

	int getPoints() {
		return this.points;
	}

	int getRecordedPoints() {
		return this.recordedPoints;
	}

	EntryStatus getStatus() {
		return this.status;
	}

	Instant getReceivedAt() {
		return this.receivedAt;
	}

	ReceiptKind getReceiptKind() {
		return this.receiptKind;
	}

	LocalDate getAppealDeadline() {
		return this.appealDeadline;
	}

	LocalDate getCorrectionDoneOn() {
		return this.correctionDoneOn;
	}

	String getScanFileName() {
		return this.scanFileName;
	}

	String getScanContentType() {
		return this.scanContentType;
	}

	byte[] getScanContent() {
		return this.scanContent;
	}

}
