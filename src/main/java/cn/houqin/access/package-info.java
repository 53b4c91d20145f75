/**
 * Access control (权限管理): users, roles, permission codes, data scopes, sign-in with
 * lock-out, password management and personal API tokens.
 */
@ApplicationModule(displayName = "用户权限", allowedDependencies = { "shared", "org", "audit" })
package cn.houqin.access;

import org.springframework.modulith.ApplicationModule;
