package cn.houqin.assets.domain;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.houqin.org.HandoverCheck;

/**
 * Holds a staff member's transfer or departure while any asset is still in their custody
 * (篇8 第八条): each must be handed to a named person, or returned to the store, and the
 * receiver must confirm.
 */
@Component
class AssetHandover implements HandoverCheck {

	private final AssetService assets;

	AssetHandover(AssetService assets) {
		this.assets = assets;
	}

	@Override
	public List<HandoverItem> openItems(long tenantId, long staffId) {
		return this.assets.custody(tenantId, staffId)
			.stream()
			.map(asset -> new HandoverItem("assets.handover.item", asset.name() + "（" + asset.assetNo() + "）",
					"/assets/handover/" + staffId))
			.toList();
	}

}
