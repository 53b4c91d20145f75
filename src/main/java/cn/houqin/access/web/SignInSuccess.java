package cn.houqin.access.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import cn.houqin.access.domain.AccountService;
import cn.houqin.shared.security.CurrentUser;

/**
 * After sign-in, a user with a temporary password goes to change it first.
 */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	private final AccountService accounts;

	SignInSuccess(AccountService accounts) {
		this.accounts = accounts;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof CurrentUser user
				&& this.accounts.mustChangePassword(user.userId())) {
			request.getSession().setAttribute(PasswordChangeGate.ATTRIBUTE, Boolean.TRUE);
			getRedirectStrategy().sendRedirect(request, response, "/me/password?required");
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
