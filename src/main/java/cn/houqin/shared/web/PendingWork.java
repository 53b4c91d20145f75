package cn.houqin.shared.web;

import java.util.List;

import cn.houqin.shared.security.CurrentUser;

/**
 * A module's count of things waiting for the user (待办), shown in the layout.
 */
public interface PendingWork {

	List<PendingItem> pendingFor(CurrentUser user);

	/**
	 * @param labelKey message key of what is pending
	 * @param count how many
	 * @param path where to act on it
	 */
	record PendingItem(String labelKey, long count, String path) {
	}

}
