package cn.houqin.repairs.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.AccessApi;
import cn.houqin.conduct.ConductApi;
import cn.houqin.conduct.ConductRecordRef;
import cn.houqin.access.UserSummary;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * Incidents: logged with the named leaders told at once (篇7 偶发性问题), a timeline of
 * actions, a closing report.
 */
@Service
@Transactional
public class IncidentService {

	static final String PERMISSION = "repairs.plan";

	private final Incidents incidents;

	private final RepairNotices notices;

	private final DataScopes scopes;

	private final AccessApi access;

	private final OrgApi org;

	private final ConductApi conduct;

	IncidentService(Incidents incidents, RepairNotices notices, DataScopes scopes, AccessApi access, OrgApi org,
			ConductApi conduct) {
		this.incidents = incidents;
		this.notices = notices;
		this.scopes = scopes;
		this.access = access;
		this.org = org;
		this.conduct = conduct;
	}

	/** Logs the incident and notifies its leaders; answers it with who was told. */
	public IncidentView log(CurrentUser user, IncidentKind kind, String title, String location, Instant occurredAt,
			Long workOrderId) {
		if (user.unitId() == null) {
			throw new BusinessRuleException("repairs.error.noUnit");
		}
		Instant now = Instant.now();
		Incident incident = this.incidents.saveAndFlush(new Incident(user.tenantId(), user.unitId(), user.userId(),
				kind, title, location, occurredAt == null ? now : occurredAt, workOrderId));
		List<Long> told = this.notices.incident(user.tenantId(), user.unitId(), incident.getId(), incident.getTitle(),
				incident.getLocation());
		List<String> names = told.stream().map(id -> name(user.tenantId(), id)).toList();
		incident.record(user.userId(), String.join("、", names).isEmpty() ? "—" : "→ " + String.join("、", names), now);
		return view(this.incidents.saveAndFlush(incident));
	}

	public IncidentView record(CurrentUser user, long id, long version, String note) {
		Incident incident = visible(user, id);
		incident.checkVersion(version);
		incident.record(user.userId(), note, Instant.now());
		return view(this.incidents.saveAndFlush(incident));
	}

	public IncidentView close(CurrentUser user, long id, long version, String report) {
		Incident incident = visible(user, id);
		incident.checkVersion(version);
		incident.close(user.userId(), report, Instant.now());
		return view(this.incidents.saveAndFlush(incident));
	}

	/**
	 * Cites a conduct record of the tenant in the incident (the person handling the
	 * incident gives the record's number, as shown on the conduct record page).
	 */
	public IncidentView citeConductRecord(CurrentUser user, long id, long version, Long recordId) {
		Incident incident = visible(user, id);
		incident.checkVersion(version);
		if (recordId == null) {
			throw new BusinessRuleException("conductRecordId", "repairs.error.required");
		}
		if (this.conduct.record(user.tenantId(), recordId).isEmpty()) {
			throw new BusinessRuleException("conductRecordId", "repairs.incident.error.conductRecord", recordId);
		}
		incident.citeConductRecord(recordId);
		return view(this.incidents.saveAndFlush(incident));
	}

	@Transactional(readOnly = true)
	public IncidentView view(CurrentUser user, long id) {
		return view(visible(user, id));
	}

	@Transactional(readOnly = true)
	public PageResult<IncidentView> list(CurrentUser user, Pageable pageable) {
		DataScope scope = this.scopes.forPermission(user, PERMISSION);
		return PageResult.of(scope.tenantWide() ? this.incidents.findByTenantId(user.tenantId(), pageable)
				: this.incidents.findByTenantIdAndUnitIdIn(user.tenantId(),
						scope.unitIds().isEmpty() ? List.of(-1L) : scope.unitIds(), pageable),
				this::view);
	}

	private Incident visible(CurrentUser user, long id) {
		return this.incidents.findByTenantIdAndId(user.tenantId(), id)
			.filter(i -> i.getReporterUserId() == user.userId()
					|| (user.can(PERMISSION) && this.scopes.forPermission(user, PERMISSION).permitsUnit(i.getUnitId())))
			.orElseThrow(() -> new NotFoundException("Incident", id));
	}

	private IncidentView view(Incident i) {
		long tenant = i.getTenantId();
		return new IncidentView(i.getId(), i.getVersion(), i.getKind(), i.getTitle(), i.getLocation(),
				this.org.unit(tenant, i.getUnitId()).map(u -> u.name()).orElse(""), name(tenant, i.getReporterUserId()),
				i.getOccurredAt(), i.getStatus(), i.getClosingReport(), i.getClosedAt(), i.getWorkOrderId(),
				i.getActions()
					.stream()
					.map(a -> new IncidentView.Step(a.actedAt(), name(tenant, a.userId()), a.note()))
					.toList(),
				i.getConductRecordIds()
					.stream()
					.map(recordId -> this.conduct.record(tenant, recordId)
						.orElse(new ConductRecordRef(recordId, null, null)))
					.toList());
	}

	private String name(long tenantId, long userId) {
		return this.access.user(tenantId, userId).map(UserSummary::displayName).orElse("");
	}

}
