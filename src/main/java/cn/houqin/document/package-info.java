/**
 * Documents (文档): Excel export and import helpers that every module reuses; PDF rendering
 * of printable forms joins later.
 */
@ApplicationModule(displayName = "文档", allowedDependencies = "shared")
package cn.houqin.document;

import org.springframework.modulith.ApplicationModule;
