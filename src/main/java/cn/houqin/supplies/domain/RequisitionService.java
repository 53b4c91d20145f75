package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.approval.ApprovalApi;
import cn.houqin.approval.ApprovalOutcome;
import cn.houqin.approval.SubmitDocument;
import cn.houqin.shared.jpa.CappedCount;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * Requisitions (领用): submit with reservation, issue at moving average cost, the
 * recipient's confirmation, cancellation; the register (《办公用品领取登记本》).
 */
@Service
@Transactional
public class RequisitionService {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Sort REGISTER_ORDER = Sort.by("requestedOn", "id");

	private static final Sort LATEST_FIRST = Sort.by(Sort.Direction.DESC, "requestedOn", "id");

	private final Requisitions requisitions;

	private final CatalogueService catalogue;

	private final Ledger ledger;

	private final LimitService limits;

	private final ApprovalApi approvals;

	private final EntityManager entityManager;

	RequisitionService(Requisitions requisitions, CatalogueService catalogue, Ledger ledger, LimitService limits,
			ApprovalApi approvals, EntityManager entityManager) {
		this.requisitions = requisitions;
		this.catalogue = catalogue;
		this.ledger = ledger;
		this.limits = limits;
		this.approvals = approvals;
		this.entityManager = entityManager;
	}

	/**
	 * Files the requisition and reserves every line, or nothing: a short line throws
	 * {@link StockShortException} and the whole transaction rolls back. A requisition
	 * over an item's limit stays reserved and goes to approval before it can be issued.
	 */
	public RequisitionView submit(Actor actor, RequisitionDraft draft) {
		return submit(actor, draft, LocalDate.now(ZONE));
	}

	public RequisitionView submit(Actor actor, RequisitionDraft draft, LocalDate on) {
		if (draft.purpose() == null || draft.purpose().isBlank()) {
			throw new BusinessRuleException("purpose", "supplies.error.required");
		}
		Map<Long, Item> items = validLines(actor.tenantId(), draft.lines());
		List<RequisitionDraft.Line> ordered = new ArrayList<>(draft.lines());
		ordered.sort(Comparator.comparing(RequisitionDraft.Line::itemId));
		for (RequisitionDraft.Line line : ordered) {
			this.ledger.reserve(items.get(line.itemId()), line.quantity());
		}
		List<RequisitionLine> lines = draft.lines()
			.stream()
			.map(l -> new RequisitionLine(l.itemId(), l.quantity()))
			.toList();
		Map<Long, BigDecimal> requested = new java.util.LinkedHashMap<>();
		draft.lines().forEach(l -> requested.put(l.itemId(), l.quantity()));
		List<RequisitionBreach> breaches = this.limits.breaches(actor.tenantId(), actor.userId(), requested, on);
		Requisition saved = this.requisitions
			.save(new Requisition(actor.tenantId(), actor.requester(), draft.purpose().trim(), on, lines));
		if (!breaches.isEmpty()) {
			saved.overLimits(breaches);
			saved = this.requisitions.save(saved);
			long approvalId = this.approvals.submit(actor.tenantId(),
					new SubmitDocument(Requisition.TYPE, saved.getId(), BigDecimal.ZERO, saved.getUnitId(),
							saved.number() + " " + saved.getPurpose(), actor.userId(), List.of()));
			saved.submittedForApproval(approvalId);
			saved = this.requisitions.save(saved);
		}
		return view(saved, items);
	}

	/**
	 * The approval's outcome reaches a requisition over its limits: approved, the keeper
	 * may issue it; refused, its reservation is released.
	 */
	public void approvalDecided(long tenantId, long id, ApprovalOutcome outcome) {
		closeApproval(tenantId, id, outcome == ApprovalOutcome.APPROVED);
	}

	/**
	 * Returned to the requester: the requisition is closed and its reservation released.
	 */
	public void approvalReturned(long tenantId, long id) {
		closeApproval(tenantId, id, false);
	}

	private void closeApproval(long tenantId, long id, boolean approved) {
		this.requisitions.findByTenantIdAndId(tenantId, id).ifPresent(r -> {
			if (r.approvalReports(approved)) {
				Map<Long, Item> items = itemsOf(r);
				List<RequisitionLine> lines = new ArrayList<>(r.getLines());
				lines.sort(Comparator.comparing(RequisitionLine::getItemId));
				lines.forEach(l -> this.ledger.release(items.get(l.getItemId()), l.getQuantity()));
			}
			this.requisitions.save(r);
		});
	}

	private Map<Long, Item> validLines(long tenantId, List<RequisitionDraft.Line> lines) {
		if (lines.isEmpty()) {
			throw new BusinessRuleException("lines", "supplies.error.noLines");
		}
		Set<Long> seen = new HashSet<>();
		for (RequisitionDraft.Line line : lines) {
			Quantities.requirePositive(line.quantity(), "quantity");
			if (line.itemId() != null && !seen.add(line.itemId())) {
				throw new BusinessRuleException("lines", "supplies.error.duplicateItem");
			}
		}
		Map<Long, Item> items = this.catalogue.itemsOf(tenantId, seen, "itemId");
		for (Item item : items.values()) {
			if (item.getStockPolicy() != StockPolicy.STOCKED) {
				throw new BusinessRuleException("itemId", "supplies.requisition.error.notStocked", item.getName());
			}
		}
		return items;
	}

	/** The store keeper issues the reserved goods; on hand goes down. */
	public RequisitionView issue(Actor actor, long id) {
		return issue(actor, id, LocalDate.now(ZONE));
	}

	RequisitionView issue(Actor actor, long id, LocalDate on) {
		return issue(actor, id, on, java.time.Instant.now());
	}

	/**
	 * Issues on a given day at a given time (demo history follows its requested dates).
	 */
	RequisitionView issue(Actor actor, long id, LocalDate on, java.time.Instant at) {
		Requisition requisition = visible(actor, id);
		if (!actor.scope().permitsUnit(requisition.getUnitId())) {
			throw new NotFoundException("Requisition", id);
		}
		Map<Long, Item> items = itemsOf(requisition);
		StockDocument document = new StockDocument(Requisition.TYPE, requisition.getId(), requisition.number(),
				requisition.getUnitId(), requisition.getRequesterStaffId(), actor.userId(), on);
		requisition.issue(actor.userId(),
				line -> this.ledger.issue(items.get(line.getItemId()), line.getQuantity(), true, document), at);
		return view(this.requisitions.save(requisition), items);
	}

	/** The recipient confirms receipt: the register's 领取人签字. */
	public RequisitionView confirmReceipt(Actor actor, long id) {
		return confirmReceipt(actor, id, java.time.Instant.now());
	}

	RequisitionView confirmReceipt(Actor actor, long id, java.time.Instant at) {
		Requisition requisition = visible(actor, id);
		requisition.confirmReceipt(actor.userId(), at);
		return view(this.requisitions.save(requisition), itemsOf(requisition));
	}

	/** The recipient or the keeper withdraws a requisition not yet issued. */
	public RequisitionView cancel(Actor actor, long id) {
		Requisition requisition = visible(actor, id);
		requisition.cancel();
		Map<Long, Item> items = itemsOf(requisition);
		requisition.getLines().forEach(l -> this.ledger.release(items.get(l.getItemId()), l.getQuantity()));
		return view(this.requisitions.save(requisition), items);
	}

	@Transactional(readOnly = true)
	public RequisitionView view(Actor actor, long id) {
		Requisition requisition = visible(actor, id);
		return view(requisition, itemsOf(requisition));
	}

	@Transactional(readOnly = true)
	public PageResult<RequisitionView> list(Actor actor, RequisitionFilter filter, Pageable pageable) {
		Specification<Requisition> criteria = criteria(actor, filter);
		Slice<Requisition> page = this.requisitions.findBy(criteria, q -> q.sortBy(pageable.getSort()).slice(pageable));
		Set<Long> ids = new HashSet<>();
		page.getContent().forEach(r -> r.getLines().forEach(l -> ids.add(l.getItemId())));
		Map<Long, Item> items = this.catalogue.itemsOf(actor.tenantId(), ids, "itemId");
		return PageResult.of(page, CappedCount.DEFAULT_CAP,
				() -> CappedCount.upTo(this.entityManager, Requisition.class, criteria, CappedCount.DEFAULT_CAP),
				r -> view(r, items));
	}

	/**
	 * The register rows: issued requisitions in the period, oldest first (the whole
	 * period, for the PDF and the Excel file).
	 */
	@Transactional(readOnly = true)
	public List<RegisterRow> register(Actor actor, RequisitionFilter filter) {
		List<Requisition> found = this.requisitions.findAll(criteria(actor, filter.withIssuedOnly()), REGISTER_ORDER);
		Map<Long, Item> items = itemsOf(actor.tenantId(), found);
		List<RegisterRow> rows = new ArrayList<>();
		found.forEach(r -> rows.addAll(registerRows(r, items)));
		return rows;
	}

	/**
	 * One page of the register on screen, paged by requisition: each item of the page is
	 * one issued requisition's rows, the latest first (the printed register runs oldest
	 * first).
	 */
	@Transactional(readOnly = true)
	public PageResult<List<RegisterRow>> register(Actor actor, RequisitionFilter filter, int page, int size) {
		Specification<Requisition> criteria = criteria(actor, filter.withIssuedOnly());
		Pageable pageable = PageRequest.of(page, size, LATEST_FIRST);
		Slice<Requisition> found = this.requisitions.findBy(criteria, q -> q.sortBy(LATEST_FIRST).slice(pageable));
		Map<Long, Item> items = itemsOf(actor.tenantId(), found.getContent());
		return PageResult.of(found, CappedCount.DEFAULT_CAP,
				() -> CappedCount.upTo(this.entityManager, Requisition.class, criteria, CappedCount.DEFAULT_CAP),
				r -> registerRows(r, items));
	}

	private Map<Long, Item> itemsOf(long tenantId, List<Requisition> found) {
		Set<Long> ids = new HashSet<>();
		found.forEach(r -> r.getLines().forEach(l -> ids.add(l.getItemId())));
		return this.catalogue.itemsOf(tenantId, ids, "itemId");
	}

	private static List<RegisterRow> registerRows(Requisition r, Map<Long, Item> items) {
		return r.getLines().stream().map(line -> {
			Item item = items.get(line.getItemId());
			return new RegisterRow(r.getId(), r.number(), r.getRequestedOn(), item.getName(), item.getSpecification(),
					Quantities.of(line.getQuantity()), item.getUnit(), r.getPurpose(), r.getRequesterName(),
					r.getConfirmedAt());
		}).toList();
	}

	private Specification<Requisition> criteria(Actor actor, RequisitionFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("tenantId"), actor.tenantId()));
			Predicate own = cb.equal(root.get("requesterUserId"), actor.userId());
			if (filter.mineOnly() || !actor.scope().tenantWide() && actor.scope().unitIds().isEmpty()) {
				where.add(own);
			}
			else if (!actor.scope().tenantWide()) {
				where.add(cb.or(own, root.get("unitId").in(actor.scope().unitIds())));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.issuedOnly()) {
				where.add(root.get("status").in(RequisitionStatus.ISSUED, RequisitionStatus.CONFIRMED));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("requestedOn"), filter.from()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("requestedOn"), filter.to()));
			}
			if (filter.query() != null && !filter.query().isBlank()) {
				String like = "%" + filter.query().trim().toLowerCase() + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("purpose")), like),
						cb.like(cb.lower(root.get("requesterName")), like)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private Requisition visible(Actor actor, long id) {
		return this.requisitions.findByTenantIdAndId(actor.tenantId(), id)
			.filter(r -> actor.sees(r.getRequesterUserId(), r.getUnitId()))
			.orElseThrow(() -> new NotFoundException("Requisition", id));
	}

	private Map<Long, Item> itemsOf(Requisition requisition) {
		Set<Long> ids = new HashSet<>();
		requisition.getLines().forEach(l -> ids.add(l.getItemId()));
		return this.catalogue.itemsOf(requisition.getTenantId(), ids, "itemId");
	}

	private RequisitionView view(Requisition r, Map<Long, Item> items) {
		List<RequisitionView.Line> lines = r.getLines().stream().map(l -> {
			Item item = items.get(l.getItemId());
			return new RequisitionView.Line(l.getItemId(), item.getName(), item.getSpecification(), item.getUnit(),
					Quantities.of(l.getQuantity()), l.getUnitCost(), l.getAmount());
		}).toList();
		return new RequisitionView(r.getId(), r.number(), r.getRequesterUserId(), r.getRequesterName(), r.getUnitId(),
				r.getPurpose(), r.getRequestedOn(), r.getStatus(), r.getIssuedAt(), r.getConfirmedAt(), r.getTotal(),
				lines, r.getVersion(), r.getApprovalId(),
				r.getBreaches().stream().map(LimitService.toView(items)).toList());
	}

	/** Count of requisitions waiting for the keeper. */
	@Transactional(readOnly = true)
	public long waitingToIssue(long tenantId) {
		return this.requisitions.countByTenantIdAndStatus(tenantId, RequisitionStatus.SUBMITTED);
	}

	/** Open requisitions of a staff member (handover). */
	@Transactional(readOnly = true)
	public List<RequisitionView> openOf(long tenantId, long staffId) {
		return this.requisitions
			.findByTenantIdAndRequesterStaffIdAndStatusIn(tenantId, staffId,
					List.of(RequisitionStatus.PENDING_APPROVAL, RequisitionStatus.SUBMITTED, RequisitionStatus.ISSUED))
			.stream()
			.map(r -> view(r, itemsOf(r)))
			.toList();
	}

}
