/**
 * Approval (审批): policies of amount tiers and role steps per document type, routes with
 * no self-approval, delegation, the inbox, and the split-purchase watch (化整为零).
 */
@ApplicationModule(displayName = "审批流程",
		allowedDependencies = { "shared", "org", "access", "document", "notification" })
package cn.houqin.approval;

import org.springframework.modulith.ApplicationModule;
