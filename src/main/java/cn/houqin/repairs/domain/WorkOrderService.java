package cn.houqin.repairs.domain;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.UserSummary;
import cn.houqin.approval.ApprovalApi;
import cn.houqin.approval.SubmitDocument;
import cn.houqin.assets.AssetsApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.supplies.SuppliesApi.IssueMaterials;

/**
 * Commands on work orders, each one transaction: report (with duplicate linking), adjust
 * urgency, accept, assign, take, start, complete, confirm, reopen, materials and
 * contractors.
 */
@Service
@Transactional
public class WorkOrderService {

	static final String CONTRACTOR_TYPE = "REPAIR_CONTRACTOR";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final WorkOrders orders;

	private final Photos photos;

	private final WorkOrderQueries queries;

	private final SlaBook sla;

	private final Materials materials;

	private final AssetsApi assets;

	private final TechnicianSkills skills;

	private final ApprovalApi approvals;

	private final RepairNotices notices;

	private final Clock clock;

	WorkOrderService(WorkOrders orders, Photos photos, WorkOrderQueries queries, SlaBook sla, Materials materials,
			AssetsApi assets, TechnicianSkills skills, ApprovalApi approvals, RepairNotices notices) {
		this.orders = orders;
		this.photos = photos;
		this.queries = queries;
		this.sla = sla;
		this.materials = materials;
		this.assets = assets;
		this.skills = skills;
		this.approvals = approvals;
		this.notices = notices;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Files a report: urgency from category and flags, deadlines from the SLA on the
	 * calendar; a second report of the same location and category while one is open is
	 * linked to it.
	 */
	public WorkOrderView report(CurrentUser user, NewReport report, List<PhotoUpload> uploads) {
		if (user.unitId() == null) {
			throw new BusinessRuleException("repairs.error.noUnit");
		}
		if (report.category() == null) {
			throw new BusinessRuleException("category", "repairs.error.category");
		}
		if (report.description() == null || report.description().isBlank()) {
			throw new BusinessRuleException("description", "repairs.error.description");
		}
		String location = location(user.tenantId(), report);
		Instant now = this.clock.instant();
		Urgency urgency = Urgency.derive(report.category(), report.safetyHazard(), report.blocksCoreWork());
		WorkOrder order = new WorkOrder(user.tenantId(), orderNo(now), user.unitId(), user.userId(), user.staffId(),
				report, location, urgency, this.sla.deadlines(user.tenantId(), urgency, now), now);
		this.orders
			.findFirstByTenantIdAndLocationAndCategoryAndQueueOpenTrueOrderByIdAsc(user.tenantId(), location,
					report.category())
			.ifPresent(order::linkTo);
		WorkOrder saved = this.orders.saveAndFlush(order);
		for (PhotoUpload upload : uploads) {
			this.photos.save(new Photo(user.tenantId(), saved.getId(), upload));
		}
		if (saved.getStatus() == WorkOrderStatus.REPORTED) {
			this.notices.reported(saved);
		}
		return this.queries.view(saved);
	}

	public WorkOrderView adjustUrgency(CurrentUser user, long id, long version, Urgency urgency, String reason) {
		WorkOrder order = forDispatch(user, id, version);
		if (urgency == null) {
			throw new BusinessRuleException("urgency", "repairs.error.urgency");
		}
		order.adjustUrgency(urgency, reason, this.sla.deadlines(user.tenantId(), urgency, order.getReportedAt()));
		return save(order);
	}

	public WorkOrderView accept(CurrentUser user, long id, long version) {
		WorkOrder order = forDispatch(user, id, version);
		order.accept(this.clock.instant());
		return save(order);
	}

	public WorkOrderView assign(CurrentUser user, long id, long version, long technicianUserId) {
		WorkOrder order = forDispatch(user, id, version);
		if (candidates(user.tenantId(), order.getUnitId(), null).stream()
			.noneMatch(t -> t.userId() == technicianUserId)) {
			throw new BusinessRuleException("technicianUserId", "repairs.error.technician");
		}
		order.assign(technicianUserId, this.clock.instant());
		WorkOrderView view = save(order);
		this.notices.assigned(order);
		return view;
	}

	/** A technician takes an unassigned job; of two at once, one gets it. */
	public WorkOrderView take(CurrentUser user, long id) {
		WorkOrder order = this.queries.visible(user, id);
		if (!user.can(WorkOrderQueries.WORK)) {
			throw new NotFoundException("WorkOrder", id);
		}
		order.take(user.userId(), this.clock.instant());
		return save(order);
	}

	public WorkOrderView start(CurrentUser user, long id, long version) {
		WorkOrder order = mine(user, id, version);
		order.start(user.userId(), this.clock.instant());
		return save(order);
	}

	public WorkOrderView complete(CurrentUser user, long id, long version, BigDecimal labourHours, String note) {
		WorkOrder order = mine(user, id, version);
		order.complete(user.userId(), labourHours, this.sla.labourRate(user.tenantId()), note, this.clock.instant());
		WorkOrderView view = save(order);
		this.notices.done(order);
		return view;
	}

	public WorkOrderView confirm(CurrentUser user, long id, long version, Integer rating, String comment) {
		WorkOrder order = this.queries.visible(user, id);
		order.checkVersion(version);
		if (rating == null) {
			throw new BusinessRuleException("rating", "repairs.error.rating");
		}
		order.confirm(user.userId(), rating, comment, this.clock.instant());
		return save(order);
	}

	public WorkOrderView reopen(CurrentUser user, long id, long version, String reason) {
		WorkOrder order = this.queries.visible(user, id);
		order.checkVersion(version);
		order.reopen(user.userId(), reason, this.clock.instant());
		WorkOrderView view = save(order);
		this.notices.reopened(order);
		return view;
	}

	/** Issues materials from the store against the order (assignee or dispatcher). */
	public WorkOrderView issueMaterials(CurrentUser user, long id, List<IssueMaterials.Line> lines) {
		WorkOrder order = workable(user, id);
		this.materials.issue(order, user.userId(), lines);
		return save(order);
	}

	/** Records an outside contractor; a cost above the limit goes to approval. */
	public WorkOrderView engageContractor(CurrentUser user, long id, long version, String name, BigDecimal cost) {
		WorkOrder order = workable(user, id);
		order.checkVersion(version);
		boolean needsApproval = cost != null && cost.compareTo(this.sla.contractorLimit(user.tenantId())) > 0;
		order.engageContractor(name, cost, needsApproval);
		WorkOrder saved = this.orders.saveAndFlush(order);
		if (needsApproval) {
			long approvalId = this.approvals.submit(user.tenantId(),
					new SubmitDocument(CONTRACTOR_TYPE, saved.getId(), saved.getContractorCost(), saved.getUnitId(),
							saved.getOrderNo() + " " + saved.getContractorName(), user.userId(), List.of()));
			saved.contractorSubmitted(approvalId);
		}
		return this.queries.view(saved);
	}

	public BigDecimal contractorLimit(long tenantId) {
		return this.sla.contractorLimit(tenantId);
	}

	/**
	 * Technicians who may take the unit's work, with their skills and open load, lightest
	 * load first.
	 */
	@Transactional(readOnly = true)
	public List<Technician> technicians(long tenantId, long unitId) {
		return candidates(tenantId, unitId, null);
	}

	/**
	 * The technicians to offer for a work order the dispatcher may see: those who handle
	 * its category first, then by open load (不搞排队 — the least busy skilled hand).
	 */
	@Transactional(readOnly = true)
	public List<Technician> candidates(CurrentUser user, long id) {
		WorkOrder order = this.queries.visible(user, id);
		if (!user.can(WorkOrderQueries.DISPATCH) || !this.queries.canSeeAs(user, WorkOrderQueries.DISPATCH, order)) {
			throw new NotFoundException("WorkOrder", id);
		}
		return candidates(user.tenantId(), order.getUnitId(), order.getCategory());
	}

	/** The unit's technicians ranked for a category ({@code null}: by load alone). */
	@Transactional(readOnly = true)
	public List<Technician> candidates(long tenantId, long unitId, Category category) {
		return ranked(tenantId, this.notices.responsibles().holders(tenantId, unitId, "technician"), category);
	}

	/**
	 * The technicians whose skills a dispatcher keeps: those of the dispatcher's
	 * institution, or every technician of the tenant for a dispatcher without a unit who
	 * dispatches tenant-wide (the administrator).
	 */
	@Transactional(readOnly = true)
	public List<Technician> techniciansFor(CurrentUser user) {
		if (user.unitId() != null) {
			return technicians(user.tenantId(), user.unitId());
		}
		if (!this.queries.tenantWide(user, WorkOrderQueries.DISPATCH)) {
			return List.of();
		}
		return ranked(user.tenantId(), this.notices.responsibles().holdersInTenant(user.tenantId(), "technician"),
				null);
	}

	private List<Technician> ranked(long tenantId, List<UserSummary> holders, Category category) {
		Map<Long, Set<Category>> known = this.skills.of(tenantId, holders.stream().map(UserSummary::id).toList());
		return rank(holders.stream().map(u -> {
			Set<Category> handles = known.get(u.id());
			return new Technician(u.id(), u.displayName(),
					this.orders.countByTenantIdAndAssigneeUserIdAndQueueOpenTrue(tenantId, u.id()),
					category != null && handles.contains(category), List.copyOf(handles));
		}).toList());
	}

	/** Skilled before unskilled, then the lighter open load, then by name. */
	public static List<Technician> rank(List<Technician> technicians) {
		return technicians.stream().sorted(Technician.ORDER).toList();
	}

	void contractorDecided(long tenantId, long orderId, boolean approved) {
		this.orders.findByTenantIdAndId(tenantId, orderId).ifPresent(order -> order.contractorDecided(approved));
	}

	private WorkOrder forDispatch(CurrentUser user, long id, long version) {
		WorkOrder order = this.queries.visible(user, id);
		if (!user.can(WorkOrderQueries.DISPATCH) || !this.queries.canSeeAs(user, WorkOrderQueries.DISPATCH, order)) {
			throw new NotFoundException("WorkOrder", id);
		}
		order.checkVersion(version);
		return order;
	}

	private WorkOrder mine(CurrentUser user, long id, long version) {
		WorkOrder order = this.queries.visible(user, id);
		order.checkVersion(version);
		return order;
	}

	private WorkOrder workable(CurrentUser user, long id) {
		WorkOrder order = this.queries.visible(user, id);
		boolean assignee = order.getAssigneeUserId() != null && order.getAssigneeUserId() == user.userId();
		if (!assignee && !this.queries.canSeeAs(user, WorkOrderQueries.DISPATCH, order)) {
			throw new BusinessRuleException("repairs.error.notAssignee");
		}
		return order;
	}

	private WorkOrderView save(WorkOrder order) {
		return this.queries.view(this.orders.saveAndFlush(order));
	}

	private String location(long tenantId, NewReport report) {
		String given = report.location() == null ? "" : report.location().trim();
		if (report.assetId() != null) {
			AssetsApi.AssetSummary asset = this.assets.asset(tenantId, report.assetId())
				.orElseThrow(() -> new BusinessRuleException("assetId", "repairs.error.asset"));
			String where = asset.location() == null || asset.location().isBlank() ? asset.name() : asset.location();
			return where.length() > 200 ? where.substring(0, 200) : where;
		}
		if (given.isEmpty()) {
			throw new BusinessRuleException("location", "repairs.error.location");
		}
		if (given.length() > 200) {
			throw new BusinessRuleException("location", "repairs.error.tooLong", 200);
		}
		return given;
	}

	static String orderNo(Instant now) {
		LocalDate day = now.atZone(WorkingClock.ZONE).toLocalDate();
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			suffix.append(Character.forDigit(RANDOM.nextInt(36), 36));
		}
		return "WX" + DAY.format(day) + "-" + suffix.toString().toUpperCase();
	}

	/**
	 * A technician as a candidate for a work order.
	 *
	 * @param userId the technician's user id
	 * @param name the display name
	 * @param openJobs how many open work orders the technician holds
	 * @param skilled whether the technician handles the order's category
	 * @param skills every category the technician handles
	 */
	public record Technician(long userId, String name, long openJobs, boolean skilled, List<Category> skills) {

		/** The candidate order: skill before load, ties by load, then name and id. */
		static final Comparator<Technician> ORDER = Comparator.comparing((Technician t) -> !t.skilled())
			.thenComparingLong(Technician::openJobs)
			.thenComparing(Technician::name, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparingLong(Technician::userId);

	}

}
