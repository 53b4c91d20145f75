package cn.houqin.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps failures of page requests to the Chinese error pages: 404 for missing or
 * out-of-scope records, 409 for a record changed by someone else, 422 for a refused
 * business rule.
 */
@ControllerAdvice(annotations = Controller.class)
class WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

	private final MessageSource messages;

	WebExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFoundException ex) {
		return errorPage("error/404", HttpStatus.NOT_FOUND, null);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView conflict(ObjectOptimisticLockingFailureException ex) {
		return errorPage("error/error", HttpStatus.CONFLICT, message("problem.conflict"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView duplicate(DataIntegrityViolationException ex) {
		return errorPage("error/error", HttpStatus.CONFLICT, message("problem.duplicate"));
	}

	@ExceptionHandler(BusinessRuleException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ModelAndView rule(BusinessRuleException ex) {
		log.debug("Refused by rule {}", ex.messageKey());
		String text = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
				LocaleContextHolder.getLocale());
		return errorPage("error/error", HttpStatus.UNPROCESSABLE_CONTENT, text);
	}

	private ModelAndView errorPage(String view, HttpStatus status, String detail) {
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		return page;
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
