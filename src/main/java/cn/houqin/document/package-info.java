/**
 * Documents (文档): printable forms rendered to PDF, and the Excel export, import and
 * background import jobs that every module reuses.
 */
@ApplicationModule(displayName = "文档", allowedDependencies = "shared")
package cn.houqin.document;

import org.springframework.modulith.ApplicationModule;
