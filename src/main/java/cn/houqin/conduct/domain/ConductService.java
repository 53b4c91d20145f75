package cn.houqin.conduct.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.approval.ApprovalApi;
import cn.houqin.approval.SubmitDocument;
import cn.houqin.calendar.CalendarApi;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * The conduct office's and the persons' commands on records, each one transaction:
 * recording (篇2 第五、十四、十五、十七条), receipts (第十六条), appeals and their decisions (第十九条),
 * corrections.
 */
@Service
@Transactional
public class ConductService {

	/** Document type of appeals in the approval inbox. */
	public static final String APPEAL_DOCUMENT = "CONDUCT_APPEAL";

	private final ConductRecords records;

	private final Offences offences;

	private final Appeals appeals;

	private final Entries entries;

	private final EvidenceFiles evidence;

	private final StandingService standings;

	private final RecordAccess access;

	private final OrgApi org;

	private final CalendarApi calendar;

	private final ApprovalApi approval;

	private final ConductNotices notices;

	private final ConductPolicyService policies;

	private final OffenceCatalogue catalogue;

	private final Clock clock;

	ConductService(ConductRecords records, Offences offences, Appeals appeals, Entries entries, EvidenceFiles evidence,
			StandingService standings, RecordAccess access, OrgApi org, CalendarApi calendar, ApprovalApi approval,
			ConductNotices notices, ConductPolicyService policies, OffenceCatalogue catalogue) {
		this.catalogue = catalogue;
		this.records = records;
		this.offences = offences;
		this.appeals = appeals;
		this.entries = entries;
		this.evidence = evidence;
		this.standings = standings;
		this.access = access;
		this.org = org;
		this.calendar = calendar;
		this.approval = approval;
		this.notices = notices;
		this.policies = policies;
		this.clock = Clock.systemUTC();
	}

	/** The conduct office records an incident with one or several persons. */
	public long record(CurrentUser user, String offenceCode, RecordDraft draft, List<PersonShare> persons,
			List<Evidence> files) {
		this.catalogue.ensure(user.tenantId());
		Offence offence = this.offences.findByTenantIdAndCode(user.tenantId(), offenceCode == null ? "" : offenceCode)
			.orElseThrow(() -> new BusinessRuleException("offenceCode", "conduct.error.unknownOffence", offenceCode));
		if (draft.occurredOn() == null) {
			throw new BusinessRuleException("occurredOn", "conduct.error.occurredOnRequired");
		}
		if (draft.occurredOn().isAfter(today())) {
			throw new BusinessRuleException("occurredOn", "conduct.error.occurredInFuture");
		}
		if (draft.source() == null) {
			throw new BusinessRuleException("source", "conduct.error.sourceRequired");
		}
		if (draft.description() == null || draft.description().isBlank()) {
			throw new BusinessRuleException("description", "conduct.error.descriptionRequired");
		}
		List<PersonPoints> resolved = new ArrayList<>();
		for (int i = 0; i < persons.size(); i++) {
			PersonShare share = persons.get(i);
			String field = "persons[" + i + "].staffId";
			if (share.staffId() == null) {
				throw new BusinessRuleException(field, "conduct.error.personRequired");
			}
			StaffSummary staff = this.org.staff(user.tenantId(), share.staffId())
				.orElseThrow(() -> new BusinessRuleException(field, "conduct.error.unknownPerson", share.staffId()));
			if (!this.access.canManageUnit(user, staff.unitId())) {
				throw new BusinessRuleException(field, "conduct.error.unknownPerson", share.staffId());
			}
			if (share.points() == null) {
				throw new BusinessRuleException("persons[" + i + "].points", "conduct.error.pointsRequired");
			}
			resolved.add(new PersonPoints(staff.id(), staff.unitId(), share.points()));
		}
		ConductRecord record = this.records.saveAndFlush(
				new ConductRecord(user.tenantId(), offence, draft, resolved, this.policies.policy(user.tenantId())));
		for (Evidence file : files) {
			this.evidence.save(new EvidenceFile(record.getId(), file.checked("files")));
		}
		if (record.getStatus() == RecordStatus.ISSUED) {
			issued(record);
		}
		return record.getId();
	}

	/** 篇2 第十七条: the penalty was decided; the notices go out now. */
	public void penaltyDecided(CurrentUser user, long recordId, String decision, LocalDate decidedOn) {
		ConductRecord record = this.access.managed(user, recordId);
		record.penaltyDecided(decision, decidedOn == null ? today() : decidedOn);
		this.records.saveAndFlush(record);
		issued(record);
	}

	/**
	 * The person signs for the notice in the system, or the office records the signed
	 * paper copy; the receipt day is day 0 of the appeal window.
	 */
	public LocalDate receive(CurrentUser user, long recordId, long staffId, Instant receivedAt, Evidence scan) {
		ConductRecord record = this.access.forPersonOrOffice(user, recordId, staffId);
		boolean office = this.access.isOffice(user, record);
		Instant at = !office || receivedAt == null ? now() : receivedAt.truncatedTo(ChronoUnit.MILLIS);
		if (at.isAfter(now())) {
			throw new BusinessRuleException("receivedAt", "conduct.error.receivedInFuture");
		}
		LocalDate receivedOn = at.atZone(CalendarApi.ZONE).toLocalDate();
		// 篇2 第十九条: appeal within the policy's working days (3 by default) of receipt
		LocalDate deadline = this.calendar.addWorkingDays(user.tenantId(), receivedOn,
				this.policies.policy(user.tenantId()).appealWorkingDays());
		Evidence checked = scan == null ? null : scan.checked("scan");
		record.receive(staffId, at, checked == null ? ReceiptKind.IN_SYSTEM : ReceiptKind.SIGNED_SCAN, deadline,
				checked);
		this.records.saveAndFlush(record);
		return deadline;
	}

	/** 篇2 第十九条: the person appeals; the leadership decides through the approval inbox. */
	public long appeal(CurrentUser user, long recordId, long staffId, String reason) {
		ConductRecord record = this.access.forPersonOrOffice(user, recordId, staffId);
		record.appeal(staffId, today());
		this.records.saveAndFlush(record);
		Entry entry = record.entry(staffId);
		Appeal appeal = this.appeals
			.saveAndFlush(new Appeal(user.tenantId(), recordId, entry.getId(), staffId, reason, now()));
		String name = this.org.staff(user.tenantId(), staffId).map(StaffSummary::name).orElse("");
		String summary = name + " " + record.getOffence().getCode() + " " + entry.getPoints() + "分 申诉";
		long approvalId = this.approval.submit(user.tenantId(), new SubmitDocument(APPEAL_DOCUMENT, appeal.getId(),
				BigDecimal.ZERO, entry.getUnitId(), summary, user.userId(), List.of()));
		appeal.routedTo(approvalId);
		this.standings.sync(user.tenantId(), staffId, entry.getUnitId(), record.getOccurredOn());
		return this.appeals.saveAndFlush(appeal).getId();
	}

	/** The leadership's decision, recorded on the appeal and applied to the record. */
	public void decide(CurrentUser user, long appealId, AppealOutcome outcome, Integer points) {
		Appeal appeal = this.appeals.findByTenantIdAndId(user.tenantId(), appealId)
			.orElseThrow(() -> new NotFoundException("Appeal", appealId));
		this.access.visible(user, appeal.getRecordId());
		apply(appeal, outcome, points, user.userId());
	}

	/**
	 * The approval of an appeal ended in the inbox: approving grants the appeal (the
	 * points are revoked), rejecting dismisses it (the points stand). An appeal already
	 * decided on its conduct page keeps that decision.
	 */
	public void approvalDecided(long tenantId, long appealId, boolean approved) {
		this.appeals.findByTenantIdAndId(tenantId, appealId)
			.filter(a -> a.getStatus() == AppealStatus.OPEN)
			.ifPresent(a -> apply(a, approved ? AppealOutcome.REVOKE : AppealOutcome.UPHOLD, null, null));
	}

	private void apply(Appeal appeal, AppealOutcome outcome, Integer points, Long by) {
		if (outcome == null) {
			throw new BusinessRuleException("outcome", "conduct.error.outcomeRequired");
		}
		ConductRecord record = this.records.findByTenantIdAndId(appeal.getTenantId(), appeal.getRecordId())
			.orElseThrow(() -> new NotFoundException("Record", appeal.getRecordId()));
		record.decideAppeal(appeal.getStaffId(), outcome, points, this.policies.policy(appeal.getTenantId()));
		appeal.decide(outcome, points, by == null ? 0L : by, now());
		this.records.saveAndFlush(record);
		this.appeals.saveAndFlush(appeal);
		Entry entry = record.entry(appeal.getStaffId());
		this.standings.sync(record.getTenantId(), entry.getStaffId(), entry.getUnitId(), record.getOccurredOn());
		this.notices.appealDecided(record, entry, outcome);
	}

	/** The required correction was made. */
	public void correctionDone(CurrentUser user, long recordId, long staffId, LocalDate on) {
		ConductRecord record = this.access.managed(user, recordId);
		record.correctionDone(staffId, on == null ? today() : on);
		this.records.saveAndFlush(record);
	}

	/** Points whose appeal window closed without an appeal become final. */
	public int confirmLapsed(LocalDate today) {
		int count = 0;
		for (ConductRecord record : this.entries.lapsed(today).stream().map(Entry::getRecord).distinct().toList()) {
			if (record.confirmLapsed(today)) {
				this.records.save(record);
				count++;
			}
		}
		return count;
	}

	private void issued(ConductRecord record) {
		for (Entry entry : record.getEntries()) {
			this.standings.sync(record.getTenantId(), entry.getStaffId(), entry.getUnitId(), record.getOccurredOn());
			this.notices.issued(record, entry);
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(CalendarApi.ZONE));
	}

	/** One person named on a new record and their points, as entered. */
	public record PersonShare(Long staffId, Integer points) {

	}

}
