package cn.houqin.conduct.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * Puts a refused rule on the form field it names, including a person row's field
 * ({@code persons[0].points}), else on the form as a whole.
 */
final class Forms {

	private static final Pattern ROW = Pattern.compile("persons\\[(\\d+)\\]\\.(\\w+)");

	private Forms() {
	}

	static void reject(BindingResult result, BusinessRuleException ex, List<Integer> formRows) {
		String field = ex.field();
		if (field != null) {
			Matcher row = ROW.matcher(field);
			if (row.matches()) {
				int index = Integer.parseInt(row.group(1));
				int formRow = index < formRows.size() ? formRows.get(index) : index;
				String property = "staffId".equals(row.group(2)) ? "employeeNo" : row.group(2);
				field = "persons[" + formRow + "]." + property;
			}
			try {
				result.getFieldType(field);
				result.rejectValue(field, ex.messageKey(), ex.arguments(), null);
				return;
			}
			catch (BeansException | IllegalArgumentException ignored) {
				// not a field of this form: shown with the form's errors
			}
		}
		result.reject(ex.messageKey(), ex.arguments(), null);
	}

	static void reject(BindingResult result, BusinessRuleException ex) {
		reject(result, ex, List.of());
	}

}
