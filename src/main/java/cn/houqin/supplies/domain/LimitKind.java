package cn.houqin.supplies.domain;

/**
 * Which requisition limit a line goes over: the quantity of one requisition, or what one
 * person requisitions of the item in a calendar month.
 */
public enum LimitKind {

	PER_REQUISITION, PER_MONTH

}
