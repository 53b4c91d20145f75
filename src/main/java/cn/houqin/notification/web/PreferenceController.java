package cn.houqin.notification.web;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.notification.NotificationSettings;
import cn.houqin.notification.domain.PreferenceService;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * The signed-in user's notification settings (通知设置): e-mail address, e-mail on or off,
 * and the e-mails' language.
 */
@Controller
class PreferenceController {

	private static final String FORM = "notification/settings";

	private final PreferenceService preferences;

	private final NotificationSettings settings;

	PreferenceController(PreferenceService preferences, NotificationSettings settings) {
		this.preferences = preferences;
		this.settings = settings;
	}

	@GetMapping("/notifications/settings")
	String initForm(Model model) {
		CurrentUser user = DataScopes.currentUser();
		model.addAttribute("preferenceForm", PreferenceForm.of(this.preferences.view(user.tenantId(), user.userId())));
		return form(model);
	}

	@PostMapping("/notifications/settings")
	String processForm(@Valid PreferenceForm preferenceForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			CurrentUser user = DataScopes.currentUser();
			try {
				this.preferences.change(user.tenantId(), user.userId(), preferenceForm.toChange());
				redirect.addFlashAttribute("flashSuccess", "flash.saved");
				return "redirect:/notifications/settings";
			}
			catch (BusinessRuleException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("notification.settings.error.changed");
			}
		}
		return form(model);
	}

	private String form(Model model) {
		model.addAttribute("languages", PreferenceService.LANGUAGES);
		model.addAttribute("mailEnabled", this.settings.mail().enabled());
		return FORM;
	}

}
