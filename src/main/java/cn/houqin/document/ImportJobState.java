package cn.houqin.document;

/**
 * Where a background import stands: running, done (committed), or failed (nothing
 * written).
 */
public enum ImportJobState {

	RUNNING, DONE, FAILED

}
