package cn.houqin.shared.web;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/**
 * Puts a refused business rule on the form: on its field when the form has one, else as a
 * form-wide error.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, BusinessRuleException ex) {
		if (ex.field() != null && result.getTarget() != null
				&& BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), ex.field()) != null) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
		else {
			result.reject(ex.messageKey(), ex.arguments(), null);
		}
	}

}
