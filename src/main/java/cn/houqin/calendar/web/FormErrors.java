package cn.houqin.calendar.web;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * Puts a refused business rule on the form: on its field when the form has one, else as a
 * form-wide error.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, BusinessRuleException ex) {
		Object target = result.getTarget();
		if (ex.field() != null && target != null
				&& BeanUtils.getPropertyDescriptor(target.getClass(), ex.field()) != null) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
		else {
			result.reject(ex.messageKey(), ex.arguments(), null);
		}
	}

}
