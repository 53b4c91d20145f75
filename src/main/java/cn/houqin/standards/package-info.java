/**
 * Standards (超标预警): dated, cited national and local standards kept as editable data, and
 * the check that marks a request over standard before anyone approves it.
 */
@ApplicationModule(displayName = "标准与超标预警", allowedDependencies = "shared")
package cn.houqin.standards;

import org.springframework.modulith.ApplicationModule;
