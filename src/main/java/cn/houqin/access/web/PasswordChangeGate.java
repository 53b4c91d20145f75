package cn.houqin.access.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a session carries a temporary password, every page but the password change (and
 * sign-out and static resources) redirects there.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	static final String ATTRIBUTE = "houqin.mustChangePassword";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		String path = request.getRequestURI();
		if (session != null && session.getAttribute(ATTRIBUTE) != null && !path.startsWith("/me/password")
				&& !path.startsWith("/logout") && !path.startsWith("/webjars/") && !path.startsWith("/css/")
				&& !path.startsWith("/js/") && !path.startsWith("/error")) {
			response.sendRedirect("/me/password?required");
			return;
		}
		chain.doFilter(request, response);
	}

}
