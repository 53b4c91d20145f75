package cn.houqin.assets.domain;

/**
 * What counting found for one asset: not yet checked, found where the books say, found
 * elsewhere (mislocated), not found (missing), or found though not on the frozen list
 * (surplus).
 */
public enum LineResult {

	UNCHECKED, FOUND, MISLOCATED, MISSING, SURPLUS;

	public boolean variance() {
		return this == MISLOCATED || this == MISSING || this == SURPLUS;
	}

}
