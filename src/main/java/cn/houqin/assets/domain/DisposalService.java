package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.approval.ApprovalApi;
import cn.houqin.approval.ApprovalDecided;
import cn.houqin.approval.ApprovalOutcome;
import cn.houqin.approval.ApprovalReturned;
import cn.houqin.approval.OverStandard;
import cn.houqin.approval.SubmitDocument;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * Disposal (资产处置审批、报废): a request through the approval module (unit head; committee for
 * bulk), a written reason before the minimum useful life, the authority's reference above
 * the local thresholds, and the outcome with proceeds.
 */
@Service
@Transactional
public class DisposalService {

	public static final String DISPOSE = "assets.dispose";

	private final Disposals disposals;

	private final Assets assets;

	private final AssetService register;

	private final CategoryService categories;

	private final ApprovalApi approvals;

	private final OverStandardChecks checks;

	private final DisposalSettings settings;

	DisposalService(Disposals disposals, Assets assets, AssetService register, CategoryService categories,
			ApprovalApi approvals, OverStandardChecks checks, DisposalSettings settings) {
		this.disposals = disposals;
		this.assets = assets;
		this.register = register;
		this.categories = categories;
		this.approvals = approvals;
		this.checks = checks;
		this.settings = settings;
	}

	/** Files the request and submits it for approval; nothing is written when refused. */
	public DisposalView request(CurrentUser user, DataScope scope, List<Long> assetIds, DisposalMethod method,
			String reason, String appraisal, String earlyReason) {
		if (assetIds == null || assetIds.isEmpty()) {
			throw new BusinessRuleException("assetIds", "assets.disposal.error.noAssets");
		}
		if (method == null) {
			throw new BusinessRuleException("method", "assets.disposal.error.method");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleException("reason", "assets.disposal.error.reason");
		}
		if (user.unitId() == null) {
			throw new BusinessRuleException("assets.disposal.error.noUnit");
		}
		LocalDate today = AssetService.today();
		List<Asset> chosen = assetIds.stream().distinct().map(id -> this.register.visible(scope, id)).toList();
		List<AssetView> views = this.register.views(user.tenantId(), chosen, today);
		Map<String, AssetCategoryView> cats = this.categories.byCode(user.tenantId());
		List<DisposalItem> items = new ArrayList<>();
		List<OverStandard> findings = new ArrayList<>();
		List<String> early = new ArrayList<>();
		BigDecimal itemMax = BigDecimal.ZERO;
		for (AssetView view : views) {
			items.add(new DisposalItem(view.id(), view.originalValue(), view.netBookValue()));
			itemMax = itemMax.max(view.originalValue());
			AssetCategoryView category = cats.get(view.categoryCode());
			if (category != null && category.usefulLifeMonths() != null
					&& view.purchaseDate().plusMonths(category.usefulLifeMonths()).isAfter(today)) {
				early.add(view.assetNo());
			}
			findings.addAll(this.checks.disposal(user.tenantId(), view, category, today));
		}
		if (!early.isEmpty() && (earlyReason == null || earlyReason.isBlank())) {
			throw new BusinessRuleException("earlyReason", "assets.disposal.error.earlyReason",
					String.join("、", early));
		}
		BigDecimal total = views.stream().map(AssetView::originalValue).reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean authority = itemMax.compareTo(this.settings.itemAuthority()) >= 0
				|| total.compareTo(this.settings.batchAuthority()) >= 0;
		boolean bulk = views.size() >= this.settings.bulkCount()
				|| total.compareTo(this.settings.batchAuthority()) >= 0;
		chosen.forEach(Asset::markForDisposal);
		this.assets.saveAllAndFlush(chosen);
		Disposal disposal = this.disposals.saveAndFlush(new Disposal(user.tenantId(), user.userId(), user.unitId(),
				method, reason, appraisal, early.isEmpty() ? null : earlyReason, items, bulk, authority));
		String summary = views.get(0).name() + (views.size() > 1 ? " 等 " + views.size() + " 项" : "") + "（"
				+ disposal.getTotalValue().toPlainString() + "）";
		long approvalId = this.approvals.submit(user.tenantId(), new SubmitDocument(disposal.documentType(),
				disposal.getId(), disposal.getTotalValue(), user.unitId(), summary, user.userId(), findings));
		disposal.submitted(approvalId);
		return view(this.disposals.saveAndFlush(disposal));
	}

	/** Records the outcome; the assets leave the books on that day. */
	public DisposalView complete(DataScope scope, long id, long version, String authorityRef, BigDecimal proceeds,
			LocalDate completedOn) {
		Disposal disposal = visible(scope, id);
		disposal.checkVersion(version);
		disposal.complete(authorityRef, proceeds, completedOn);
		for (DisposalItem item : disposal.getItems()) {
			this.assets.findByTenantIdAndId(scope.tenantId(), item.getAssetId()).ifPresent(asset -> {
				asset.disposed(completedOn);
				this.assets.save(asset);
			});
		}
		return view(this.disposals.saveAndFlush(disposal));
	}

	@Transactional(readOnly = true)
	public DisposalView view(DataScope scope, long id) {
		return view(visible(scope, id));
	}

	@Transactional(readOnly = true)
	public List<DisposalView> list(DataScope scope) {
		return this.disposals.findByTenantIdOrderByIdDesc(scope.tenantId())
			.stream()
			.filter(d -> scope.permitsUnit(d.getUnitId()) || d.getRequesterUserId() == scope.ownUserId())
			.map(this::view)
			.toList();
	}

	void on(ApprovalDecided decided) {
		this.disposals.findByTenantIdAndId(decided.tenantId(), decided.documentId()).ifPresent(disposal -> {
			if (decided.outcome() == ApprovalOutcome.APPROVED) {
				disposal.approvalReports(DisposalStatus.APPROVED);
			}
			else {
				disposal.approvalReports(DisposalStatus.REJECTED);
				release(disposal);
			}
		});
	}

	void on(ApprovalReturned returned) {
		this.disposals.findByTenantIdAndId(returned.tenantId(), returned.documentId()).ifPresent(disposal -> {
			disposal.approvalReports(DisposalStatus.WITHDRAWN);
			release(disposal);
		});
	}

	private void release(Disposal disposal) {
		for (DisposalItem item : disposal.getItems()) {
			this.assets.findByTenantIdAndId(disposal.getTenantId(), item.getAssetId())
				.ifPresent(Asset::disposalDropped);
		}
	}

	private Disposal visible(DataScope scope, long id) {
		return this.disposals.findByTenantIdAndId(scope.tenantId(), id)
			.filter(d -> scope.permitsUnit(d.getUnitId()) || d.getRequesterUserId() == scope.ownUserId())
			.orElseThrow(() -> new NotFoundException("Disposal", id));
	}

	private DisposalView view(Disposal d) {
		Map<Long, Asset> byId = new HashMap<>();
		this.assets.findByTenantIdAndIdIn(d.getTenantId(), d.getItems().stream().map(DisposalItem::getAssetId).toList())
			.forEach(a -> byId.put(a.getId(), a));
		List<DisposalView.Item> items = d.getItems().stream().map(i -> {
			Asset a = byId.get(i.getAssetId());
			return new DisposalView.Item(i.getAssetId(), a == null ? null : a.getAssetNo(),
					a == null ? null : a.getName(), i.getOriginalValue(), i.getNetBookValue());
		}).toList();
		return new DisposalView(d.getId(), d.getMethod(), d.getReason(), d.getAppraisal(), d.getEarlyReason(),
				d.getUnitId(), d.getTotalValue(), d.isBulk(), d.isAuthorityRequired(), d.getAuthorityRef(),
				d.getStatus(), d.getApprovalId(), d.getProceeds(), d.getCompletedOn(), items, d.getVersion());
	}

	static int ageInYears(LocalDate purchased, LocalDate on) {
		return Period.between(purchased, on).getYears();
	}

}
