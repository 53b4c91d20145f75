package cn.houqin.repairs.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.AccessApi;
import cn.houqin.access.UserSummary;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * Reads of work orders within the reader's data scope: the dispatch board, a technician's
 * jobs, one's own reports and one work order.
 */
@Service
@Transactional(readOnly = true)
public class WorkOrderQueries {

	public static final String DISPATCH = "repairs.dispatch";

	public static final String WORK = "repairs.work";

	public static final String REPORT = "repairs.report";

	public static final String REPORTS = "repairs.reports";

	private final WorkOrders orders;

	private final Photos photos;

	private final DataScopes scopes;

	private final AccessApi access;

	private final OrgApi org;

	WorkOrderQueries(WorkOrders orders, Photos photos, DataScopes scopes, AccessApi access, OrgApi org) {
		this.orders = orders;
		this.photos = photos;
		this.scopes = scopes;
		this.access = access;
		this.org = org;
	}

	/** Work orders the user may see under one permission's scope, filtered. */
	public PageResult<QueueItem> list(CurrentUser user, String permission, WorkOrderCriteria criteria,
			Pageable pageable) {
		DataScope scope = this.scopes.forPermission(user, permission);
		Page<WorkOrder> page = this.orders.findAll(spec(scope, criteria), pageable);
		return toItems(user.tenantId(), page);
	}

	/** The dispatch board: open work in dispatch order, paged. */
	public PageResult<QueueItem> dispatchQueue(CurrentUser user, WorkOrderCriteria criteria, int page, int size) {
		return list(user, DISPATCH, criteria, PageRequest.of(page, size, DispatchOrder.SORT));
	}

	/** A technician's open jobs; the first is the next job. */
	public PageResult<QueueItem> myJobs(CurrentUser user, int page, int size) {
		return toItems(user.tenantId(), this.orders.findByTenantIdAndAssigneeUserIdAndQueueOpenTrue(user.tenantId(),
				user.userId(), PageRequest.of(page, size, DispatchOrder.SORT)));
	}

	/** What the user reported, newest first. */
	public PageResult<QueueItem> myReports(CurrentUser user, Pageable pageable) {
		return toItems(user.tenantId(),
				this.orders.findByTenantIdAndReporterUserId(user.tenantId(), user.userId(), pageable));
	}

	/** Rows for an Excel export (at most {@code limit}). */
	public Stream<QueueItem> export(CurrentUser user, String permission, WorkOrderCriteria criteria, int limit) {
		return list(user, permission, criteria, PageRequest.of(0, limit, DispatchOrder.SORT)).items().stream();
	}

	/** Whether the user holds the permission in the whole tenant. */
	public boolean tenantWide(CurrentUser user, String permission) {
		return user.can(permission) && this.scopes.forPermission(user, permission).tenantWide();
	}

	public WorkOrderView view(CurrentUser user, long id) {
		WorkOrder order = visible(user, id);
		return view(order);
	}

	/** The photo's type and bytes, when the work order is visible. */
	public PhotoContent photo(CurrentUser user, long workOrderId, long photoId) {
		visible(user, workOrderId);
		Photo photo = this.photos.findByTenantIdAndIdAndWorkOrderId(user.tenantId(), photoId, workOrderId)
			.orElseThrow(() -> new NotFoundException("Photo", photoId));
		return new PhotoContent(photo.getFileName(), photo.getContentType(), photo.getContent());
	}

	/** Work orders linked to this one as duplicates. */
	public List<QueueItem> duplicates(CurrentUser user, long id) {
		visible(user, id);
		List<WorkOrder> linked = this.orders.findByTenantIdAndDuplicateOfIdOrderByIdAsc(user.tenantId(), id);
		return toItems(user.tenantId(), new PageImpl<>(linked)).items();
	}

	WorkOrder visible(CurrentUser user, long id) {
		WorkOrder order = this.orders.findByTenantIdAndId(user.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("WorkOrder", id));
		if (!canSee(user, order)) {
			throw new NotFoundException("WorkOrder", id);
		}
		return order;
	}

	boolean canSee(CurrentUser user, WorkOrder order) {
		if (order.getReporterUserId() == user.userId()
				|| (order.getAssigneeUserId() != null && order.getAssigneeUserId() == user.userId())) {
			return true;
		}
		for (String permission : List.of(DISPATCH, WORK, REPORTS)) {
			if (user.can(permission) && this.scopes.forPermission(user, permission).permitsUnit(order.getUnitId())) {
				return true;
			}
		}
		return false;
	}

	/** Whether the work order lies in the user's scope for one permission. */
	boolean canSeeAs(CurrentUser user, String permission, WorkOrder order) {
		return user.can(permission) && this.scopes.forPermission(user, permission).permitsUnit(order.getUnitId());
	}

	WorkOrderView view(WorkOrder o) {
		long tenant = o.getTenantId();
		return new WorkOrderView(o.getId(), o.getVersion(), o.getOrderNo(), o.getUnitId(),
				unitName(tenant, o.getUnitId()), o.getReporterUserId(), userName(tenant, o.getReporterUserId()),
				o.getLocation(), o.getAssetId(), o.getCategory(), o.getDescription(), o.isSafetyHazard(),
				o.isBlocksCoreWork(), o.getUrgency(), o.getUrgencyReason(), o.getStatus(), o.getReportedAt(),
				o.getRespondBy(), o.getFixBy(), o.getRespondedAt(), o.getStartedAt(), o.getFixedAt(), o.getClosedAt(),
				o.isRespondBreached(), o.isFixBreached(), o.getAssigneeUserId(),
				o.getAssigneeUserId() == null ? null : userName(tenant, o.getAssigneeUserId()), o.getLabourHours(),
				o.getMaterialsCost(), o.getContractorName(), o.getContractorCost(), o.getContractorStatus(),
				o.totalCost(), o.getCompletionNote(), o.getRating(), o.getRatingComment(), o.isAutoConfirmed(),
				o.getReopenCount(), o.getDuplicateOfId(), o.getPlanId(), o.getDueDate(),
				o.getMaterials().stream().map(MaterialLine::view).toList(), this.photos.idsOf(tenant, o.getId()));
	}

	private PageResult<QueueItem> toItems(long tenantId, Page<WorkOrder> page) {
		Set<Long> units = new HashSet<>();
		page.forEach(o -> units.add(o.getUnitId()));
		Map<Long, String> unitNames = units.isEmpty() ? Map.of() : this.org.unitNames(tenantId, units);
		Set<Long> assignees = new HashSet<>();
		page.forEach(o -> {
			if (o.getAssigneeUserId() != null) {
				assignees.add(o.getAssigneeUserId());
			}
		});
		Map<Long, UserSummary> people = this.access.users(tenantId, assignees);
		return PageResult.of(page,
				o -> new QueueItem(o.getId(), o.getOrderNo(), o.getLocation(), o.getCategory(), o.getUrgency(),
						o.isBlocksCoreWork(), o.isSafetyHazard(), o.getStatus(), o.getReportedAt(), o.getRespondBy(),
						o.getFixBy(), o.isRespondBreached(), o.isFixBreached(), o.getAssigneeUserId(),
						o.getAssigneeUserId() == null ? null
								: (people.containsKey(o.getAssigneeUserId())
										? people.get(o.getAssigneeUserId()).displayName() : ""),
						unitNames.getOrDefault(o.getUnitId(), ""), o.getDescription()));
	}

	private static Specification<WorkOrder> spec(DataScope scope, WorkOrderCriteria c) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("tenantId"), scope.tenantId()));
			if (!scope.tenantWide()) {
				Predicate own = cb.equal(root.get("reporterUserId"), scope.ownUserId());
				where.add(scope.unitIds().isEmpty() ? own : cb.or(root.get("unitId").in(scope.unitIds()), own));
			}
			if (c.openOnly()) {
				where.add(cb.isTrue(root.get("queueOpen")));
			}
			if (c.unassignedOnly()) {
				where.add(cb.isNull(root.get("assigneeUserId")));
			}
			if (c.assigneeUserId() != null) {
				where.add(cb.equal(root.get("assigneeUserId"), c.assigneeUserId()));
			}
			if (c.status() != null) {
				where.add(cb.equal(root.get("status"), c.status()));
			}
			if (c.urgency() != null) {
				where.add(cb.equal(root.get("urgency"), c.urgency()));
			}
			if (c.category() != null) {
				where.add(cb.equal(root.get("category"), c.category()));
			}
			if (c.text() != null && !c.text().isBlank()) {
				String like = "%" + c.text().trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("orderNo")), like, '\\'),
						cb.like(cb.lower(root.get("location")), like, '\\'),
						cb.like(cb.lower(root.get("description")), like, '\\')));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private String unitName(long tenantId, long unitId) {
		return this.org.unit(tenantId, unitId).map(u -> u.name()).orElse("");
	}

	private String userName(long tenantId, long userId) {
		return this.access.user(tenantId, userId).map(UserSummary::displayName).orElse("");
	}

	/** Now, for templates deciding whether reopening is still possible. */
	public Instant now() {
		return Instant.now();
	}

}
