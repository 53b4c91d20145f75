/**
 * Audit trail (审计日志): who changed what, when and from where, hash-chained per tenant so
 * that an edited or removed entry is detected.
 */
@ApplicationModule(displayName = "审计日志", allowedDependencies = "shared")
package cn.houqin.audit;

import org.springframework.modulith.ApplicationModule;
