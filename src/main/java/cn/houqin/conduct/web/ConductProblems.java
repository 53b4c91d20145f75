package cn.houqin.conduct.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.houqin.conduct.domain.AppealTooLate;

/**
 * A late appeal answers 422 problem+json naming the deadline (篇2 第十九条).
 */
@RestControllerAdvice(assignableTypes = ConductApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConductProblems {

	private final MessageSource messages;

	ConductProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(AppealTooLate.class)
	ProblemDetail late(AppealTooLate ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setType(URI.create("https://houqin.cn/problems/rule"));
		problem.setTitle(this.messages.getMessage("problem.rule.title", null, "problem.rule.title",
				LocaleContextHolder.getLocale()));
		String detail = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
				LocaleContextHolder.getLocale());
		problem.setDetail(detail);
		problem.setProperty("code", ex.messageKey());
		problem.setProperty("deadline", ex.deadline().toString());
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", detail)));
		return problem;
	}

}
