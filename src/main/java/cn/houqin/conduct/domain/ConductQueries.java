package cn.houqin.conduct.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.calendar.CalendarApi;
import cn.houqin.conduct.domain.RecordView.AppealView;
import cn.houqin.conduct.domain.RecordView.FileView;
import cn.houqin.conduct.domain.RecordView.PersonView;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.conduct.ConductRecordRef;
import cn.houqin.shared.web.PageResult;
import cn.houqin.shared.jpa.CappedCount;

/**
 * Reads of records, the disclosure list and the catalogue, within the caller's sight.
 */
@Service
@Transactional(readOnly = true)
public class ConductQueries {

	private final ConductRecords records;

	private final Entries entries;

	private final Appeals appeals;

	private final Offences offences;

	private final EvidenceFiles files;

	private final RecordAccess access;

	private final DataScopes scopes;

	private final OrgApi org;

	private final OffenceCatalogue catalogue;

	ConductQueries(OffenceCatalogue catalogue, ConductRecords records, Entries entries, Appeals appeals,
			Offences offences, EvidenceFiles files, RecordAccess access, DataScopes scopes, OrgApi org) {
		this.catalogue = catalogue;
		this.records = records;
		this.entries = entries;
		this.appeals = appeals;
		this.offences = offences;
		this.files = files;
		this.access = access;
		this.scopes = scopes;
		this.org = org;
	}

	public RecordView record(CurrentUser user, long id) {
		ConductRecord record = this.access.visible(user, id);
		boolean office = this.access.isOffice(user, record);
		DataScope view = user.can(RecordAccess.VIEW) ? this.scopes.forPermission(user, RecordAccess.VIEW) : null;
		List<Entry> shown = record.getEntries()
			.stream()
			.filter(e -> office || (view != null && view.permitsUnit(e.getUnitId()))
					|| (user.staffId() != null && user.staffId() == e.getStaffId()))
			.toList();
		Map<Long, StaffSummary> staff = this.org.staff(user.tenantId(), shown.stream().map(Entry::getStaffId).toList());
		LocalDate today = LocalDate.now(CalendarApi.ZONE);
		List<PersonView> persons = new ArrayList<>();
		Set<Long> shownStaff = new HashSet<>();
		for (Entry e : shown) {
			shownStaff.add(e.getStaffId());
			StaffSummary s = staff.get(e.getStaffId());
			boolean overdue = record.getCorrectionDue() != null && e.getCorrectionDoneOn() == null
					&& today.isAfter(record.getCorrectionDue());
			persons.add(new PersonView(e.getStaffId(), s == null ? "" : s.name(), s == null ? "" : s.employeeNo(),
					e.getUnitId(), s == null ? "" : s.unitName(), e.getPoints(), e.getRecordedPoints(), e.getStatus(),
					e.getReceivedAt(), e.getReceiptKind(), e.getAppealDeadline(), e.getCorrectionDoneOn(), overdue,
					e.getScanContent() != null));
		}
		List<AppealView> appealViews = this.appeals.findByTenantIdAndRecordIdOrderById(user.tenantId(), id)
			.stream()
			.filter(a -> shownStaff.contains(a.getStaffId()))
			.map(AppealView::of)
			.toList();
		List<FileView> fileViews = this.files.findByRecordIdOrderById(id)
			.stream()
			.map(f -> new FileView(f.getId(), f.getFileName(), f.getSizeBytes()))
			.toList();
		Offence o = record.getOffence();
		return new RecordView(record.getId(), record.getVersion(), o.getCode(), o.getArticle(), o.getShortName(),
				o.getWording(), o.getPoints(), record.getOccurredOn(), record.getSource(), record.getDescription(),
				record.getReason(), record.getStatus(), record.isPenaltyRequired(), record.getPenaltyDecision(),
				record.getPenaltyDecidedOn(), record.getCorrectionDue(), persons, appealViews, fileViews);
	}

	/** Whether the caller is the conduct office for the record. */
	/**
	 * The record an appeal belongs to, when the caller may see that record; otherwise
	 * 404.
	 */
	public long recordOfAppeal(CurrentUser user, long appealId) {
		Appeal appeal = this.appeals.findByTenantIdAndId(user.tenantId(), appealId)
			.orElseThrow(() -> new NotFoundException("Appeal", appealId));
		try {
			return this.access.visible(user, appeal.getRecordId()).getId();
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("Appeal", appealId);
		}
	}

	public boolean isOffice(CurrentUser user, long id) {
		return this.access.isOffice(user, this.access.visible(user, id));
	}

	/** The entries the caller may see, newest first. */
	public PageResult<PublishedRow> list(CurrentUser user, LocalDate from, LocalDate to, EntryStatus status, int page,
			int size) {
		boolean tenantWide = false;
		Set<Long> units = new HashSet<>();
		for (String permission : List.of(RecordAccess.MANAGE, RecordAccess.VIEW)) {
			if (user.can(permission)) {
				DataScope scope = this.scopes.forPermission(user, permission);
				tenantWide |= scope.tenantWide();
				units.addAll(scope.unitIds());
			}
		}
		if (units.isEmpty()) {
			units.add(-1L);
		}
		long own = user.can(RecordAccess.OWN) && user.staffId() != null ? user.staffId() : -1L;
		LocalDate since = from == null ? LocalDate.of(1900, 1, 1) : from;
		LocalDate until = to == null ? LocalDate.of(9999, 12, 31) : to;
		boolean everyUnit = tenantWide;
		Slice<Entry> found = this.entries.visible(user.tenantId(), everyUnit, units, own, since, until, status,
				PageRequest.of(page, size, Sort.by(Sort.Order.desc("record.occurredOn"), Sort.Order.desc("id"))));
		Map<Long, StaffSummary> staff = this.org.staff(user.tenantId(),
				found.getContent().stream().map(Entry::getStaffId).toList());
		return PageResult.of(found, CappedCount.DEFAULT_CAP,
				() -> this.entries
					.visibleMarks(user.tenantId(), everyUnit, units, own, since, until, status,
							PageRequest.of(0, CappedCount.DEFAULT_CAP + 1))
					.size(),
				e -> row(e, staff));
	}

	/**
	 * 篇2 第十八条: confirmed records of the months from {@code first} to {@code last};
	 * records under appeal are left out.
	 */
	public List<PublishedRow> disclosure(long tenantId, YearMonth first, YearMonth last) {
		List<Entry> confirmed = this.entries.confirmed(tenantId, first.atDay(1), last.atEndOfMonth());
		Map<Long, StaffSummary> staff = this.org.staff(tenantId, confirmed.stream().map(Entry::getStaffId).toList());
		return confirmed.stream().map(e -> row(e, staff)).toList();
	}

	/** The tenant's catalogue; a tenant's first look copies the seed's items for it. */
	public List<OffenceView> offences(long tenantId, boolean includeRetired) {
		this.catalogue.ensure(tenantId);
		return this.offences.findByTenantIdOrderBySortOrderAsc(tenantId)
			.stream()
			.filter(o -> includeRetired || !o.isRetired())
			.map(OffenceView::of)
			.toList();
	}

	/** An evidence file of a record the caller sees. */
	public Evidence file(CurrentUser user, long recordId, long fileId) {
		this.access.visible(user, recordId);
		EvidenceFile file = this.files.findById(fileId)
			.filter(f -> f.getRecordId() == recordId)
			.orElseThrow(() -> new NotFoundException("File", fileId));
		return new Evidence(file.getFileName(), file.getContentType(), file.getContent());
	}

	private static PublishedRow row(Entry e, Map<Long, StaffSummary> staff) {
		StaffSummary s = staff.get(e.getStaffId());
		ConductRecord r = e.getRecord();
		return new PublishedRow(r.getId(), r.getOccurredOn(), s == null ? "" : s.name(), s == null ? "" : s.unitName(),
				r.getOffence().getCode(), r.getOffence().getShortName(), e.getPoints(), e.getStatus());
	}

	/**
	 * A record of the tenant by id, for another module citing it (an incident report); no
	 * reader's scope applies, and only the id, the day and the offence are given.
	 */
	public Optional<ConductRecordRef> reference(long tenantId, long recordId) {
		return this.records.findByTenantIdAndId(tenantId, recordId)
			.map(r -> new ConductRecordRef(r.getId(), r.getOccurredOn(), r.getOffence().getShortName()));
	}

}
