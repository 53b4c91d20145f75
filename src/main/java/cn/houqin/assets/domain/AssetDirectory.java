package cn.houqin.assets.domain;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.houqin.assets.AssetsApi;

/**
 * The asset register as other modules see it.
 */
@Component
class AssetDirectory implements AssetsApi {

	private final AssetService assets;

	AssetDirectory(AssetService assets) {
		this.assets = assets;
	}

	@Override
	public Optional<AssetSummary> asset(long tenantId, long assetId) {
		return this.assets.find(tenantId, assetId)
			.map(a -> new AssetSummary(a.id(), a.assetNo(), a.name(), a.categoryCode(), a.unitId(),
					a.custodianStaffId(), a.location(), a.status().name()));
	}

}
