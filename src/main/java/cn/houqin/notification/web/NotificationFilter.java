package cn.houqin.notification.web;

import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import cn.houqin.shared.web.Paging;

/**
 * The inbox's query parameters (kept in the URL): unread only, and the page. The order is
 * fixed: unread first, newest first.
 */
class NotificationFilter {

	private boolean unread;

	private Integer page;

	private Integer size;

	Pageable pageable() {
		return Paging.of(this.page, this.size, null, Map.of(), Sort.unsorted());
	}

	public boolean isUnread() {
		return this.unread;
	}

	public void setUnread(boolean unread) {
		this.unread = unread;
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

	public Integer getSize() {
		return this.size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}

}
