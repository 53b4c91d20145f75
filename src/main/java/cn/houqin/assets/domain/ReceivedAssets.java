package cn.houqin.assets.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.houqin.supplies.FixedAssetsReceived;

/**
 * Makes one card per piece of a supplies receipt line at or above the capitalisation
 * threshold, with the named custodian (or in the unit's store when none is named yet).
 */
@Component
class ReceivedAssets {

	private static final Logger log = LoggerFactory.getLogger(ReceivedAssets.class);

	private final AssetService assets;

	private final CategoryService categories;

	ReceivedAssets(AssetService assets, CategoryService categories) {
		this.assets = assets;
		this.categories = categories;
	}

	@ApplicationModuleListener
	void on(FixedAssetsReceived received) {
		long tenantId = received.tenantId();
		AssetCategoryView category = this.categories.byCode(tenantId).get(received.assetCategoryCode());
		if (category == null) {
			category = this.categories.require(tenantId, CategoryService.GENERAL_EQUIPMENT, "categoryCode");
		}
		String name = received.itemName();
		if (this.assets.receivedAlready(tenantId, received.receiptId(), name)) {
			return;
		}
		for (int piece = 0; piece < received.quantity(); piece++) {
			AssetDraft draft = new AssetDraft(name, category.code(), received.specification(), null,
					received.supplier(), received.receivedOn(), received.unitCost(), null, null, received.unitId(),
					received.custodianStaffId(), received.receiptId());
			this.assets.register(tenantId, draft, category);
		}
		log.info("Receipt {} made {} asset cards", received.receiptId(), received.quantity());
	}

}
