/**
 * Repairs (维修): fault reports, priority dispatch with SLAs on the working-day calendar,
 * preventive maintenance plans and incidents (篇5, 篇7).
 */
@ApplicationModule(displayName = "维修管理", allowedDependencies = { "shared", "org", "access", "audit", "approval",
		"calendar", "notification", "document", "supplies", "assets", "conduct" })
package cn.houqin.repairs;

import org.springframework.modulith.ApplicationModule;
