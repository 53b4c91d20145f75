package cn.houqin.conduct.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.NotFoundException;

/**
 * The follow-up tasks of consequence levels (篇2 第二十条): who sees them and marking them
 * done with minutes.
 */
@Service
@Transactional
public class TaskService {

	private final ConsequenceTasks tasks;

	private final DataScopes scopes;

	private final OrgApi org;

	private final Clock clock = Clock.systemUTC();

	TaskService(ConsequenceTasks tasks, DataScopes scopes, OrgApi org) {
		this.tasks = tasks;
		this.scopes = scopes;
		this.org = org;
	}

	/** Tasks of the units the caller sees (and their own), optionally of one person. */
	@Transactional(readOnly = true)
	public List<TaskView> tasks(CurrentUser user, Long staffId, TaskStatus status) {
		List<ConsequenceTask> found = staffId == null ? this.tasks.findByTenantIdOrderByIdDesc(user.tenantId())
				: this.tasks.findByTenantIdAndStaffIdOrderById(user.tenantId(), staffId);
		Scope scope = scope(user);
		List<ConsequenceTask> visible = found.stream()
			.filter(t -> status == null || t.getStatus() == status)
			.filter(scope::permits)
			.toList();
		Set<Long> staffIds = new HashSet<>();
		visible.forEach(t -> staffIds.add(t.getStaffId()));
		Map<Long, StaffSummary> staff = this.org.staff(user.tenantId(), staffIds);
		return visible.stream().map(t -> view(t, staff.get(t.getStaffId()))).toList();
	}

	/** Open tasks the conduct office or a unit's managers should act on. */
	@Transactional(readOnly = true)
	public long openCount(CurrentUser user) {
		Scope scope = scope(user);
		return this.tasks.findByTenantIdAndStatusOrderById(user.tenantId(), TaskStatus.OPEN)
			.stream()
			.filter(t -> scope.manages(t))
			.count();
	}

	public void done(CurrentUser user, long taskId, String minutes) {
		ConsequenceTask task = this.tasks.findByTenantIdAndId(user.tenantId(), taskId)
			.filter(t -> scope(user).manages(t))
			.orElseThrow(() -> new NotFoundException("Task", taskId));
		task.done(minutes, this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
		this.tasks.saveAndFlush(task);
	}

	private Scope scope(CurrentUser user) {
		DataScope manage = user.can(RecordAccess.MANAGE) ? this.scopes.forPermission(user, RecordAccess.MANAGE) : null;
		DataScope view = user.can(RecordAccess.VIEW) ? this.scopes.forPermission(user, RecordAccess.VIEW) : null;
		return new Scope(manage, view, user.staffId());
	}

	private static TaskView view(ConsequenceTask t, StaffSummary s) {
		return new TaskView(t.getId(), t.getVersion(), t.getStaffId(), s == null ? "" : s.name(),
				s == null ? "" : s.unitName(), t.getCycleStart(), t.getLevel(), t.getKind(), t.getStatus(),
				t.getMinutes());
	}

	private record Scope(DataScope manage, DataScope view, Long ownStaffId) {

		boolean manages(ConsequenceTask t) {
			return (this.manage != null && this.manage.permitsUnit(t.getUnitId()))
					|| (this.view != null && this.view.permitsUnit(t.getUnitId())
							&& (this.ownStaffId == null || this.ownStaffId != t.getStaffId()));
		}

		boolean permits(ConsequenceTask t) {
			return manages(t) || (this.ownStaffId != null && this.ownStaffId == t.getStaffId());
		}

	}

}
