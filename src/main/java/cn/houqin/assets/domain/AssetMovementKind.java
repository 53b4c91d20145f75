package cn.houqin.assets.domain;

/**
 * A custody movement: 领用 (assign), 调拨 (transfer between people and units), 借出, 归还, 移位
 * (location), 交接 (handover to a named person on departure) and 退库 (back to the store).
 */
public enum AssetMovementKind {

	ASSIGN, TRANSFER, LEND, RETURN, MOVE, HANDOVER, STORE_RETURN

}
