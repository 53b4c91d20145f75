/**
 * Organisation (组织人事): tenants, the org-unit tree, positions, ranks, establishment (编制)
 * and staff, with transfer and departure that other modules may hold until handover is
 * done.
 */
@ApplicationModule(displayName = "组织人员", allowedDependencies = { "shared", "document" })
package cn.houqin.org;

import org.springframework.modulith.ApplicationModule;
