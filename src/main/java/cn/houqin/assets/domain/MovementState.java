package cn.houqin.assets.domain;

/**
 * A movement waits for the receiving side's confirmation, then is confirmed or refused
 * (or cancelled by whoever asked).
 */
public enum MovementState {

	PENDING, CONFIRMED, REFUSED, CANCELLED

}
