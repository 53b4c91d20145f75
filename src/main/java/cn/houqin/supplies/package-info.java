/**
 * Office supplies (办公用品): catalogue, purchase requests with three quotes, receiving at
 * moving average cost, the stock ledger, requisitions, stocktakes and handover (篇8).
 */
@ApplicationModule(displayName = "办公用品", allowedDependencies = { "shared", "org", "access", "audit", "approval",
		"calendar", "notification", "document", "standards" })
package cn.houqin.supplies;

import org.springframework.modulith.ApplicationModule;
