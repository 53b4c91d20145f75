package cn.houqin.conduct.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import cn.houqin.conduct.ConductPolicy;
import cn.houqin.conduct.ConductRecordConfirmed;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * A conduct record (积分记录): one incident, one offence, one or several persons each with
 * their own points (篇2 第十五条), recorded by the conduct office.
 */
@Entity
@Table(name = "con_record")
@Audited("conduct.record")
class ConductRecord extends Aggregate<ConductRecord> {

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "offence_id")
	private Offence offence;

	@Column(name = "occurred_on")
	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	private Source source;

	private String description;

	private String reason;

	@Enumerated(EnumType.STRING)
	private RecordStatus status;

	@Column(name = "penalty_required")
	private boolean penaltyRequired;

	@Column(name = "penalty_decision")
	private String penaltyDecision;

	@Column(name = "penalty_decided_on")
	private LocalDate penaltyDecidedOn;

	@Column(name = "correction_due")
	private LocalDate correctionDue;

	@OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Entry> entries = new ArrayList<>();

	protected ConductRecord() {
	}

	ConductRecord(long tenantId, Offence offence, RecordDraft draft, List<PersonPoints> persons, ConductPolicy policy) {
		super(tenantId);
		if (offence.isRetired()) {
			throw new BusinessRuleException("offenceCode", "conduct.error.offenceRetired", offence.getCode());
		}
		if (offence.isOther() && (draft.reason() == null || draft.reason().isBlank())) {
			// 篇2 第十五条: other behaviour is scored at discretion, with a reason
			throw new BusinessRuleException("reason", "conduct.error.reasonRequired");
		}
		if (persons.isEmpty()) {
			throw new BusinessRuleException("persons", "conduct.error.noPersons");
		}
		this.offence = offence;
		this.occurredOn = draft.occurredOn();
		this.source = draft.source();
		this.description = draft.description();
		this.reason = draft.reason();
		this.penaltyRequired = draft.penaltyRequired();
		this.correctionDue = draft.correctionDue();
		// 篇2 第十七条: the administrative penalty comes first; points never replace it
		this.status = this.penaltyRequired ? RecordStatus.AWAITING_PENALTY : RecordStatus.ISSUED;
		EntryStatus first = this.penaltyRequired ? EntryStatus.AWAITING_PENALTY : EntryStatus.NOTIFIED;
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < persons.size(); i++) {
			PersonPoints person = persons.get(i);
			String field = "persons[" + i + "].points";
			if (!seen.add(person.staffId())) {
				throw new BusinessRuleException("persons[" + i + "].staffId", "conduct.error.personTwice");
			}
			PointRules.forOffence(policy, field, person.points(), offence.getPoints());
			this.entries.add(new Entry(this, person.staffId(), person.unitId(), person.points(), first));
		}
	}

	/** Records the penalty decision the points follow, and issues the notices. */
	void penaltyDecided(String decision, LocalDate decidedOn) {
		if (this.status != RecordStatus.AWAITING_PENALTY) {
			throw new BusinessRuleException("conduct.error.notAwaitingPenalty");
		}
		if (decision == null || decision.isBlank()) {
			throw new BusinessRuleException("penaltyDecision", "conduct.error.penaltyRequired");
		}
		this.penaltyDecision = decision.trim();
		this.penaltyDecidedOn = decidedOn;
		this.status = RecordStatus.ISSUED;
		this.entries.forEach(Entry::notifyPerson);
	}

	/**
	 * The person signed for the notice (签字确认): the receipt starts the appeal clock, which
	 * ends on {@code appealDeadline}. Signing acknowledges receipt, not guilt.
	 */
	void receive(long staffId, Instant receivedAt, ReceiptKind kind, LocalDate appealDeadline, Evidence scan) {
		Entry entry = entry(staffId);
		if (entry.getStatus() != EntryStatus.NOTIFIED) {
			throw new BusinessRuleException("conduct.error.notAwaitingReceipt");
		}
		entry.receive(receivedAt, kind, appealDeadline, scan);
	}

	/** 篇2 第十九条: an appeal within the window puts the points under appeal. */
	void appeal(long staffId, LocalDate today) {
		Entry entry = entry(staffId);
		if (entry.getStatus() == EntryStatus.NOTIFIED) {
			throw new BusinessRuleException("reason", "conduct.error.appealBeforeReceipt");
		}
		if (entry.getStatus() != EntryStatus.RECEIVED) {
			throw new BusinessRuleException("reason", "conduct.error.appealNotOpen");
		}
		if (today.isAfter(entry.getAppealDeadline())) {
			throw new AppealTooLate(entry.getAppealDeadline());
		}
		entry.appeal();
	}

	/** The leadership's decision on the person's appeal. */
	void decideAppeal(long staffId, AppealOutcome outcome, Integer newPoints, ConductPolicy policy) {
		Entry entry = entry(staffId);
		if (entry.getStatus() != EntryStatus.UNDER_APPEAL) {
			throw new BusinessRuleException("conduct.error.notUnderAppeal");
		}
		switch (outcome) {
			case UPHOLD -> confirm(entry, entry.getPoints());
			case CHANGE -> {
				if (newPoints == null) {
					throw new BusinessRuleException("points", "conduct.error.pointsRequired");
				}
				PointRules.forOffence(policy, "points", newPoints, this.offence.getPoints());
				confirm(entry, newPoints);
			}
			case REVOKE -> entry.revoke();
		}
	}

	/** Points whose appeal window closed without an appeal become final. */
	boolean confirmLapsed(LocalDate today) {
		boolean changed = false;
		for (Entry entry : this.entries) {
			if (entry.getStatus() == EntryStatus.RECEIVED && today.isAfter(entry.getAppealDeadline())) {
				confirm(entry, entry.getPoints());
				changed = true;
			}
		}
		return changed;
	}

	void correctionDone(long staffId, LocalDate on) {
		entry(staffId).correctionDone(on);
	}

	private void confirm(Entry entry, int points) {
		entry.confirm(points);
		registerEvent(new ConductRecordConfirmed(getTenantId(), getId() == null ? 0L : getId(), entry.getStaffId(),
				points, this.occurredOn));
	}

	Entry entry(long staffId) {
		return this.entries.stream()
			.filter(e -> e.getStaffId() == staffId)
			.findFirst()
			.orElseThrow(() -> new cn.houqin.shared.web.NotFoundException("Entry", staffId));
	}

	Offence getOffence() {
		return this.offence;
	}

	LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	Source getSource() {
		return this.source;
	}

	String getDescription() {
		return this.description;
	}

	String getReason() {
		return this.reason;
	}

	RecordStatus getStatus() {
		return this.status;
	}

	boolean isPenaltyRequired() {
		return this.penaltyRequired;
	}

	String getPenaltyDecision() {
		return this.penaltyDecision;
	}

	LocalDate getPenaltyDecidedOn() {
		return this.penaltyDecidedOn;
	}

	LocalDate getCorrectionDue() {
		return this.correctionDue;
	}

	List<Entry> getEntries() {
		return this.entries;
	}

}
