package cn.houqin.supplies.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * Puts a refused rule's message, with all its arguments, on the next page.
 */
@Component
class Flash {

	private final MessageSource messages;

	Flash(MessageSource messages) {
		this.messages = messages;
	}

	void error(RedirectAttributes redirect, BusinessRuleException ex) {
		redirect.addFlashAttribute("flashError", "supplies.flash.text");
		redirect.addFlashAttribute("flashArgs", this.messages.getMessage(ex.messageKey(), ex.arguments(),
				ex.messageKey(), LocaleContextHolder.getLocale()));
	}

}
