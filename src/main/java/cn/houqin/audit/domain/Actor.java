package cn.houqin.audit.domain;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.houqin.shared.security.CurrentUser;

/**
 * Who is acting and from where: the signed-in user, or the system (scheduled jobs,
 * start-up, events without a user).
 *
 * @param userId the user's id, or {@code null} for the system
 * @param username the login name, or {@code system}
 * @param tenantId the user's tenant, or {@code null} for the system
 * @param clientAddress the client's IP address, or {@code null} outside a request
 */
record Actor(Long userId, String username, Long tenantId, String clientAddress) {

	static final String SYSTEM = "system";

	static Actor current() {
		String address = requestAddress();
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return new Actor(user.userId(), user.getUsername(), user.tenantId(), address);
		}
		return new Actor(null, SYSTEM, null, address);
	}

	/** The tenant an entry about a record without a tenant of its own belongs to. */
	long tenantOrZero() {
		return this.tenantId == null ? 0 : this.tenantId;
	}

	private static String requestAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
