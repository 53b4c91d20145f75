package cn.houqin.supplies.domain;

/**
 * Where a stocktake (盘点表) stands: counting, waiting for approval of its variances,
 * posted, or rejected.
 */
public enum StocktakeStatus {

	COUNTING, IN_APPROVAL, POSTED, REJECTED

}
