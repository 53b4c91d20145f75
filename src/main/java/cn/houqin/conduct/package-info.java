/**
 * Conduct (不良执业行为积分, 篇2 细则一): the offence catalogue, records with points per person,
 * notices and receipts, appeals decided by the leadership, cycles and standing with the
 * consequences of each level, and the monthly disclosure.
 */
@ApplicationModule(displayName = "不良执业行为积分", allowedDependencies = { "shared", "org", "access", "audit", "approval",
		"calendar", "notification", "document" })
package cn.houqin.conduct;

import org.springframework.modulith.ApplicationModule;
