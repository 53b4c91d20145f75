package cn.houqin.assets.domain;

/**
 * A stocktake is open for counting, closed with its variances listed, then posted once
 * approved.
 */
public enum AssetStocktakeStatus {

	OPEN, CLOSED, POSTED

}
