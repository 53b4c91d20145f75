package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.approval.ApprovalApi;
import cn.houqin.approval.ApprovalOutcome;
import cn.houqin.approval.RoutePreview;
import cn.houqin.approval.SubmitDocument;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;
import cn.houqin.org.UnitSummary;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * Purchase requests (采购申请): filing with the route shown first, approval through the
 * approval module, quotes, ordering.
 */
@Service
@Transactional
public class PurchaseService {

	private final PurchaseRequests requests;

	private final CatalogueService catalogue;

	private final ApprovalApi approvals;

	private final OrgApi org;

	private final QuoteFiles quoteFiles;

	PurchaseService(PurchaseRequests requests, CatalogueService catalogue, ApprovalApi approvals, OrgApi org,
			QuoteFiles quoteFiles) {
		this.quoteFiles = quoteFiles;
		this.requests = requests;
		this.catalogue = catalogue;
		this.approvals = approvals;
		this.org = org;
	}

	/** The route a request of this total would take now. */
	@Transactional(readOnly = true)
	public RoutePreview preview(Actor actor, long unitId, BigDecimal total) {
		return this.approvals.preview(actor.tenantId(), PurchaseRequest.TYPE, total, unitId, actor.userId());
	}

	/**
	 * Files the request and submits it for approval; refused, with nothing written, when
	 * its total is above every tier (政府采购).
	 */
	public PurchaseView file(Actor actor, PurchaseDraft draft) {
		long unitId = draft.unitId() != null ? draft.unitId() : actor.requester().requireUnit();
		if (!Long.valueOf(unitId).equals(actor.requester().unitId()) && !actor.scope().permitsUnit(unitId)) {
			throw new BusinessRuleException("unitId", "supplies.purchase.error.unitNotInScope");
		}
		if (this.org.unit(actor.tenantId(), unitId).isEmpty()) {
			throw new BusinessRuleException("unitId", "supplies.purchase.error.unitNotInScope");
		}
		if (draft.handlerStaffId() == null || this.org.staff(actor.tenantId(), draft.handlerStaffId()).isEmpty()) {
			throw new BusinessRuleException("handlerStaffId", "supplies.purchase.error.unknownHandler");
		}
		if (draft.reason() == null || draft.reason().isBlank()) {
			throw new BusinessRuleException("reason", "supplies.error.required");
		}
		Map<Long, Item> items = validLines(actor.tenantId(), draft.lines());
		List<PurchaseLine> lines = draft.lines()
			.stream()
			.map(l -> new PurchaseLine(l.itemId(), l.quantity(), l.unitPrice()))
			.toList();
		PurchaseRequest request = new PurchaseRequest(actor.tenantId(), actor.userId(), unitId, draft.handlerStaffId(),
				draft.reason().trim(), draft.neededBy(), lines);
		RoutePreview route = preview(actor, unitId, request.getTotal());
		if (!route.allowed()) {
			throw new BusinessRuleException("total", "supplies.purchase.error.noRoute", route.reason());
		}
		PurchaseRequest saved = this.requests.save(request);
		String category = items.values().stream().findFirst().map(i -> "SUP-" + i.getCategoryId()).orElse(null);
		long approvalId = this.approvals.submit(actor.tenantId(), new SubmitDocument(PurchaseRequest.TYPE,
				saved.getId(), saved.getTotal(), unitId, saved.summary(), actor.userId(), List.of(), category));
		saved.submitted(approvalId);
		return view(this.requests.save(saved), items, route);
	}

	private Map<Long, Item> validLines(long tenantId, List<PurchaseDraft.Line> lines) {
		if (lines.isEmpty()) {
			throw new BusinessRuleException("lines", "supplies.error.noLines");
		}
		Set<Long> ids = new HashSet<>();
		for (PurchaseDraft.Line line : lines) {
			Quantities.requirePositive(line.quantity(), "quantity");
			if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
				throw new BusinessRuleException("unitPrice", "supplies.error.notNegative");
			}
			if (line.itemId() != null && !ids.add(line.itemId())) {
				throw new BusinessRuleException("lines", "supplies.error.duplicateItem");
			}
		}
		return this.catalogue.itemsOf(tenantId, ids, "itemId");
	}

	/** Records three or more quotes and the supplier chosen. */
	public PurchaseView quote(Actor actor, long id, QuoteDraft draft) {
		PurchaseRequest request = visible(actor, id);
		for (QuoteDraft.Line line : draft.quotes()) {
			if (line.supplier() == null || line.supplier().isBlank() || line.quotedOn() == null) {
				throw new BusinessRuleException("quotes", "supplies.purchase.error.quoteIncomplete");
			}
			Quantities.requirePositive(line.amount(), "quotes");
		}
		List<QuoteAttachment> files = draft.quotes()
			.stream()
			.map(q -> q.file() == null ? null : q.file().checked("quotes"))
			.toList();
		List<Quote> quotes = draft.quotes()
			.stream()
			.map(q -> new Quote(q.supplier().trim(), q.amount(), q.quotedOn(), q.attachment()))
			.toList();
		request.quote(quotes, draft.chosen() == null ? -1 : draft.chosen(), draft.choiceReason());
		PurchaseRequest saved = this.requests.save(request);
		this.quoteFiles.deleteAll(this.quoteFiles.findByTenantIdAndRequestId(saved.getTenantId(), saved.getId()));
		this.quoteFiles.flush();
		for (int i = 0; i < files.size(); i++) {
			if (files.get(i) != null) {
				this.quoteFiles.save(new QuoteFile(saved.getTenantId(), saved.getId(), i, files.get(i)));
			}
		}
		return view(saved, itemsOf(request), null);
	}

	/**
	 * The uploaded document of a request's quote ({@code index} from 0); a request out of
	 * the actor's sight or a quote without a document answers not found.
	 */
	@Transactional(readOnly = true)
	public QuoteAttachment quoteFile(Actor actor, long id, int index) {
		PurchaseRequest request = visible(actor, id);
		return this.quoteFiles.findByTenantIdAndRequestIdAndQuoteIndex(request.getTenantId(), request.getId(), index)
			.map(QuoteFile::attachment)
			.orElseThrow(() -> new NotFoundException("QuoteFile", id + "/" + index));
	}

	/** Places the order against the approved request. */
	public PurchaseView order(Actor actor, long id) {
		PurchaseRequest request = visible(actor, id);
		Map<Long, Item> items = itemsOf(request);
		request.order(items.values().stream().allMatch(Item::isCentralised));
		return view(this.requests.save(request), items, null);
	}

	@Transactional(readOnly = true)
	public PurchaseView view(Actor actor, long id) {
		PurchaseRequest request = visible(actor, id);
		return view(request, itemsOf(request), null);
	}

	@Transactional(readOnly = true)
	public PageResult<PurchaseView> list(Actor actor, PurchaseStatus status, String query, Pageable pageable) {
		Specification<PurchaseRequest> spec = (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("tenantId"), actor.tenantId()));
			Predicate own = cb.equal(root.get("requesterUserId"), actor.userId());
			if (!actor.scope().tenantWide()) {
				where.add(actor.scope().unitIds().isEmpty() ? own
						: cb.or(own, root.get("unitId").in(actor.scope().unitIds())));
			}
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			if (query != null && !query.isBlank()) {
				where.add(cb.like(cb.lower(root.get("reason")), "%" + query.trim().toLowerCase() + "%"));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		Page<PurchaseRequest> page = this.requests.findAll(spec, pageable);
		Set<Long> ids = new HashSet<>();
		page.getContent().forEach(r -> r.getLines().forEach(l -> ids.add(l.getItemId())));
		Map<Long, Item> items = this.catalogue.itemsOf(actor.tenantId(), ids, "itemId");
		return PageResult.of(page, r -> view(r, items, null));
	}

	/** The approval's outcome reaches the request. */
	public void approvalDecided(long tenantId, long id, ApprovalOutcome outcome) {
		this.requests.findByTenantIdAndId(tenantId, id).ifPresent(r -> {
			r.approvalReports(outcome == ApprovalOutcome.APPROVED ? PurchaseStatus.APPROVED : PurchaseStatus.REJECTED);
			this.requests.save(r);
		});
	}

	public void approvalReturned(long tenantId, long id) {
		this.requests.findByTenantIdAndId(tenantId, id).ifPresent(r -> {
			r.approvalReports(PurchaseStatus.RETURNED);
			this.requests.save(r);
		});
	}

	@Transactional(readOnly = true)
	public long waitingForOrder(long tenantId) {
		return this.requests.countByTenantIdAndStatus(tenantId, PurchaseStatus.APPROVED);
	}

	@Transactional(readOnly = true)
	public List<PurchaseView> openHandledBy(long tenantId, long staffId) {
		return this.requests
			.findByTenantIdAndHandlerStaffIdAndStatusIn(tenantId, staffId, List.of(PurchaseStatus.IN_APPROVAL,
					PurchaseStatus.APPROVED, PurchaseStatus.ORDERED, PurchaseStatus.PARTIALLY_RECEIVED))
			.stream()
			.map(r -> view(r, itemsOf(r), null))
			.toList();
	}

	PurchaseRequest request(long tenantId, long id) {
		return this.requests.findByTenantIdAndId(tenantId, id)
			.orElseThrow(() -> new BusinessRuleException("purchaseRequestId", "supplies.receipt.error.unknownRequest"));
	}

	void save(PurchaseRequest request) {
		this.requests.save(request);
	}

	private PurchaseRequest visible(Actor actor, long id) {
		return this.requests.findByTenantIdAndId(actor.tenantId(), id)
			.filter(r -> actor.sees(r.getRequesterUserId(), r.getUnitId()))
			.orElseThrow(() -> new NotFoundException("PurchaseRequest", id));
	}

	private Map<Long, Item> itemsOf(PurchaseRequest request) {
		Set<Long> ids = new HashSet<>();
		request.getLines().forEach(l -> ids.add(l.getItemId()));
		return this.catalogue.itemsOf(request.getTenantId(), ids, "itemId");
	}

	private PurchaseView view(PurchaseRequest r, Map<Long, Item> items, RoutePreview route) {
		List<PurchaseView.Line> lines = r.getLines().stream().map(l -> {
			Item item = items.get(l.getItemId());
			return new PurchaseView.Line(l.getItemId(), item.getName(), item.getSpecification(), item.getUnit(),
					Quantities.of(l.getQuantity()), l.getUnitPrice(), l.getAmount(),
					Quantities.of(l.getQuantityReceived()), item.isCentralised());
		}).toList();
		BigDecimal lowest = r.getQuotes().stream().map(Quote::getAmount).min(Comparator.naturalOrder()).orElse(null);
		List<PurchaseView.QuoteLine> quotes = new ArrayList<>();
		Map<Integer, String> fileNames = new HashMap<>();
		if (r.getId() != null) {
			this.quoteFiles.names(r.getTenantId(), r.getId())
				.forEach(row -> fileNames.put(((Number) row[0]).intValue(), (String) row[1]));
		}
		for (int i = 0; i < r.getQuotes().size(); i++) {
			Quote q = r.getQuotes().get(i);
			quotes.add(new PurchaseView.QuoteLine(q.getSupplier(), q.getAmount(), q.getQuotedOn(), q.getAttachment(),
					Integer.valueOf(i).equals(r.getChosenQuote()), q.getAmount().compareTo(lowest) == 0,
					fileNames.get(i)));
		}
		String unitName = this.org.unit(r.getTenantId(), r.getUnitId()).map(UnitSummary::name).orElse("");
		String handler = this.org.staff(r.getTenantId(), r.getHandlerStaffId()).map(StaffSummary::name).orElse("");
		boolean allCentralised = lines.stream().allMatch(PurchaseView.Line::centralised);
		return new PurchaseView(r.getId(), r.number(), r.getUnitId(), unitName, r.getHandlerStaffId(), handler,
				r.getReason(), r.getNeededBy(), r.getTotal(), r.getStatus(), r.getStatus().reimbursable(),
				r.getApprovalId(), lines, quotes, r.getChoiceReason(), allCentralised, r.getOrderedAt(), route,
				r.getVersion());
	}

}
