package cn.houqin.access.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.houqin.access.domain.TokenPrincipals;

/**
 * Authenticates {@code Authorization: Bearer hq_…} personal API tokens. An unknown,
 * revoked or expired token answers 401 at once.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final TokenPrincipals tokens;

	private final ProblemResponses problems;

	ApiTokenFilter(TokenPrincipals tokens, ProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var user = this.tokens.authenticate(header.substring(7).trim());
		if (user.isEmpty()) {
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
