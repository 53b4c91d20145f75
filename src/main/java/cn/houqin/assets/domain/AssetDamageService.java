package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * Liability records for damage through misuse, with the compensation decided and settled.
 */
@Service
@Transactional
public class AssetDamageService {

	private final AssetDamages damages;

	private final AssetService assets;

	private final OrgApi org;

	AssetDamageService(AssetDamages damages, AssetService assets, OrgApi org) {
		this.damages = damages;
		this.assets = assets;
		this.org = org;
	}

	public AssetDamageView record(DataScope scope, long assetId, Long responsibleStaffId, LocalDate occurredOn,
			String description, BigDecimal compensation, String decision) {
		Asset asset = this.assets.visible(scope, assetId);
		if (responsibleStaffId == null || this.org.staff(scope.tenantId(), responsibleStaffId).isEmpty()) {
			throw new BusinessRuleException("responsibleStaffId", "assets.error.unknownStaff");
		}
		AssetDamage damage = this.damages.saveAndFlush(new AssetDamage(scope.tenantId(), asset.getId(),
				responsibleStaffId, occurredOn, description, compensation, decision));
		return view(damage);
	}

	public AssetDamageView settle(DataScope scope, long id) {
		AssetDamage damage = this.damages.findByTenantIdAndId(scope.tenantId(), id)
			.orElseThrow(() -> new NotFoundException("AssetDamage", id));
		this.assets.visible(scope, damage.getAssetId());
		damage.settle(AssetService.today());
		return view(this.damages.saveAndFlush(damage));
	}

	@Transactional(readOnly = true)
	public List<AssetDamageView> forAsset(DataScope scope, long assetId) {
		this.assets.visible(scope, assetId);
		return this.damages.findByTenantIdAndAssetIdOrderByOccurredOnDesc(scope.tenantId(), assetId)
			.stream()
			.map(this::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<AssetDamageView> all(DataScope scope) {
		return this.damages.findByTenantIdOrderByOccurredOnDescIdDesc(scope.tenantId()).stream().filter(d -> {
			try {
				this.assets.visible(scope, d.getAssetId());
				return true;
			}
			catch (NotFoundException ex) {
				return false;
			}
		}).map(this::view).toList();
	}

	private AssetDamageView view(AssetDamage d) {
		AssetView asset = this.assets.find(d.getTenantId(), d.getAssetId()).orElseThrow();
		String name = this.org.staff(d.getTenantId(), d.getResponsibleStaffId()).map(StaffSummary::name).orElse(null);
		return new AssetDamageView(d.getId(), d.getAssetId(), asset.assetNo(), asset.name(), d.getResponsibleStaffId(),
				name, d.getOccurredOn(), d.getDescription(), d.getCompensation(), d.getDecision(), d.isSettled(),
				d.getSettledOn());
	}

}
