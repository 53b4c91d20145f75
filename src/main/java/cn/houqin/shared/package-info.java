/**
 * Shared kernel: current user and data scope, paging, problem details, web helpers, field
 * encryption and the audit annotations. Nothing business-specific lives here.
 */
@ApplicationModule(displayName = "共享内核", type = ApplicationModule.Type.OPEN)
package cn.houqin.shared;

import org.springframework.modulith.ApplicationModule;
