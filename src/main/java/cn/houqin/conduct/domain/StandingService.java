package cn.houqin.conduct.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.conduct.ConductLevel;
import cn.houqin.conduct.ConductLevel.Consequence;
import cn.houqin.conduct.ConductLevelReached;
import cn.houqin.conduct.Standing;
import cn.houqin.calendar.CalendarApi;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * A person's standing in a cycle (篇2 第十三条, 第二十条) and the follow-up tasks that match it:
 * reaching a level creates them, falling below withdraws those not yet done.
 */
@Service
public class StandingService {

	private final Entries entries;

	private final ValidationDates validationDates;

	private final ConsequenceTasks tasks;

	private final ApplicationEventPublisher events;

	private final ConductPolicyService policies;

	private final OrgApi org;

	private final RecordAccess access;

	StandingService(Entries entries, ValidationDates validationDates, ConsequenceTasks tasks,
			ApplicationEventPublisher events, ConductPolicyService policies, OrgApi org, RecordAccess access) {
		this.policies = policies;
		this.org = org;
		this.access = access;
		this.entries = entries;
		this.validationDates = validationDates;
		this.tasks = tasks;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Cycle cycle(long tenantId, long staffId, LocalDate on) {
		MonthDay validation = this.validationDates.findById(new ValidationDate.Key(tenantId, staffId))
			.map(v -> MonthDay.from(v.getValidationDate()))
			.orElseGet(() -> this.policies.policy(tenantId).validationDate());
		return Cycle.containing(validation, on);
	}

	@Transactional(readOnly = true)
	public Standing standing(long tenantId, long staffId, LocalDate on) {
		Cycle cycle = cycle(tenantId, staffId, on);
		int total = 0;
		int largest = 0;
		int provisional = 0;
		for (Entry entry : this.entries.inPeriod(tenantId, staffId, cycle.start(), cycle.end())) {
			if (!entry.getStatus().counts()) {
				continue;
			}
			total += entry.getPoints();
			largest = Math.max(largest, entry.getPoints());
			if (entry.getStatus().provisional()) {
				provisional += entry.getPoints();
			}
		}
		ConductLevel level = this.policies.policy(tenantId).level(total, largest);
		return new Standing(staffId, cycle.start(), cycle.end(), total, largest, level, level.consequences(),
				provisional);
	}

	/**
	 * Brings the person's tasks of the cycle containing {@code occurredOn} in line with
	 * the standing; publishes {@link ConductLevelReached} when the level moved.
	 */
	@Transactional
	public Standing sync(long tenantId, long staffId, long unitId, LocalDate occurredOn) {
		Standing standing = standing(tenantId, staffId, occurredOn);
		List<ConsequenceTask> existing = this.tasks.findByTenantIdAndStaffIdAndCycleStartOrderById(tenantId, staffId,
				standing.cycleStart());
		ConductLevel previous = existing.stream()
			.filter(t -> t.getStatus() != TaskStatus.WITHDRAWN)
			.map(ConsequenceTask::getLevel)
			.max(Enum::compareTo)
			.orElse(ConductLevel.NONE);
		Set<Consequence> wanted = EnumSet.noneOf(Consequence.class);
		for (ConductLevel level : ConductLevel.values()) {
			if (level != ConductLevel.NONE && standing.level().atLeast(level)) {
				wanted.addAll(level.consequences());
			}
		}
		for (ConsequenceTask task : existing) {
			if (task.getStatus() == TaskStatus.OPEN && !standing.level().atLeast(task.getLevel())) {
				task.withdraw();
				this.tasks.save(task);
			}
		}
		for (ConductLevel level : ConductLevel.values()) {
			if (level == ConductLevel.NONE || !standing.level().atLeast(level)) {
				continue;
			}
			for (Consequence kind : level.consequences()) {
				boolean present = existing.stream()
					.anyMatch(t -> t.getKind() == kind && t.getStatus() != TaskStatus.WITHDRAWN);
				if (!present && wanted.contains(kind)) {
					this.tasks.save(new ConsequenceTask(tenantId, staffId, unitId, standing.cycleStart(), level, kind));
					existing = this.tasks.findByTenantIdAndStaffIdAndCycleStartOrderById(tenantId, staffId,
							standing.cycleStart());
				}
			}
		}
		if (previous != standing.level()) {
			this.events.publishEvent(
					new ConductLevelReached(tenantId, staffId, standing.cycleStart(), previous, standing.level()));
		}
		return standing;
	}

	/** The person's own validation date, if the office set one. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> validationDate(long tenantId, long staffId) {
		return this.validationDates.findById(new ValidationDate.Key(tenantId, staffId))
			.map(ValidationDate::getValidationDate);
	}

	/**
	 * 篇2 第十三条: the conduct office sets a person's validation date (校验日); a past or
	 * present day, of a person in the office's scope. The follow-up tasks of the cycle it
	 * puts today in are brought in line.
	 */
	@Transactional
	public void changeValidationDate(CurrentUser user, long staffId, LocalDate date) {
		StaffSummary staff = this.org.staff(user.tenantId(), staffId)
			.filter(s -> this.access.canManageUnit(user, s.unitId()))
			.orElseThrow(() -> new NotFoundException("Staff", staffId));
		LocalDate today = LocalDate.now(CalendarApi.ZONE);
		if (date == null) {
			throw new BusinessRuleException("validationDate", "conduct.error.validationDateRequired");
		}
		if (date.isAfter(today)) {
			throw new BusinessRuleException("validationDate", "conduct.error.validationDateInFuture");
		}
		setValidationDate(user.tenantId(), staffId, date);
		sync(user.tenantId(), staffId, staff.unitId(), today);
	}

	@Transactional
	public void setValidationDate(long tenantId, long staffId, LocalDate date) {
		this.validationDates.findById(new ValidationDate.Key(tenantId, staffId))
			.ifPresentOrElse(v -> v.change(date),
					() -> this.validationDates.save(new ValidationDate(tenantId, staffId, date)));
	}

}
