package cn.houqin.org;

import java.util.List;

/**
 * Implemented by any module that holds things in a staff member's care (assets, stock,
 * keys, a unit's headship). A transfer or departure cannot complete while any check
 * reports open items: that is how modules veto it until handover is done.
 */
public interface HandoverCheck {

	List<HandoverItem> openItems(long tenantId, long staffId);

	/**
	 * Something still to hand over.
	 *
	 * @param labelKey message key naming the kind of obligation
	 * @param detail what exactly (a name, a code)
	 * @param path where it is resolved, or {@code null}
	 */
	record HandoverItem(String labelKey, String detail, String path) {
	}

}
