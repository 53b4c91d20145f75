package cn.houqin.bench;

import java.util.Properties;

/**
 * One business module's share of the county profile, generated only when the module's
 * tables exist in the database.
 */
interface ModuleData {

	/** A table whose presence means the module is deployed. */
	String table();

	void generate(OrgData org, double scale, Properties ids) throws Exception;

}
