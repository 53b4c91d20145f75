/**
 * Fixed assets (国有资产): the register with QR labels, custody and handover, depreciation,
 * stocktakes and disposal (篇3 (十七), 篇8 第六、八条).
 */
@ApplicationModule(displayName = "固定资产", allowedDependencies = { "shared", "org", "access", "audit", "approval",
		"calendar", "notification", "document", "standards", "supplies" })
package cn.houqin.assets;

import org.springframework.modulith.ApplicationModule;
