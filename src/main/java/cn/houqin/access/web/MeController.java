package cn.houqin.access.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.access.domain.TokenService;
import cn.houqin.access.domain.AccountService;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * The signed-in user's own pages: account overview, password change, personal API tokens.
 */
@Controller
class MeController {

	private final AccountService accounts;

	private final TokenService tokens;

	private final MeView me;

	MeController(AccountService accounts, TokenService tokens, MeView me) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.me = me;
	}

	@GetMapping("/me")
	String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("me", this.me.of(user));
		return "access/me";
	}

	@GetMapping("/me/password")
	String passwordForm(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return "access/password";
	}

	@PostMapping("/me/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user, @Valid PasswordForm passwordForm,
			BindingResult result, HttpSession session, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
				&& !passwordForm.getNewPassword().equals(passwordForm.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "access.password.error.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changeOwnPassword(user.userId(), passwordForm.getCurrentPassword(),
						passwordForm.getNewPassword());
			}
			catch (BusinessRuleException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			return "access/password";
		}
		session.removeAttribute(PasswordChangeGate.ATTRIBUTE);
		redirect.addFlashAttribute("flashSuccess", "access.password.changed");
		return "redirect:/me";
	}

	@GetMapping("/me/tokens")
	String tokens(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("tokenForm", new TokenForm());
		model.addAttribute("tokens", this.tokens.list(user));
		return "access/tokens";
	}

	@PostMapping("/me/tokens")
	String createToken(@AuthenticationPrincipal CurrentUser user, @Valid TokenForm tokenForm, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			model.addAttribute("newToken", this.tokens.create(user, tokenForm.getName(), tokenForm.getValidDays()));
			model.addAttribute("tokenForm", new TokenForm());
		}
		model.addAttribute("tokens", this.tokens.list(user));
		return "access/tokens";
	}

	@PostMapping("/me/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(user, id);
		redirect.addFlashAttribute("flashSuccess", "access.token.revoked");
		return "redirect:/me/tokens";
	}

}
