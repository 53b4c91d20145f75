package cn.houqin.assets;

/**
 * Where an asset card stands: 在用, 闲置, 维修, 借出, 待处置, 已处置.
 */
public enum AssetStatus {

	IN_USE, IDLE, REPAIR, LENT, PENDING_DISPOSAL, DISPOSED;

	/** Whether the asset is still on the books. */
	public boolean onBooks() {
		return this != DISPOSED;
	}

}
