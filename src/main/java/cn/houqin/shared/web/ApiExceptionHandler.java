package cn.houqin.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a JSON API call into {@code application/problem+json} with a
 * localized {@code detail} (Chinese unless the client asks otherwise) and, for invalid
 * input, the list of fields and the rule each broke.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final URI TYPE_BASE = URI.create("https://houqin.cn/problems/");

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail invalid(BindException ex) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map(error -> Map.of("field", error instanceof FieldError f ? f.getField() : error.getObjectName(),
					"message", this.messages.getMessage(error, locale())))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "problem.validation");
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail invalid(ConstraintViolationException ex) {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "problem.validation");
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class })
	ProblemDetail unreadable(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST, "unreadable", "problem.unreadable");
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail rule(BusinessRuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setType(TYPE_BASE.resolve("rule"));
		problem.setTitle(message("problem.rule.title"));
		String detail = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale());
		problem.setDetail(detail);
		problem.setProperty("code", ex.messageKey());
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", detail)));
		}
		return problem;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ProblemDetail notFound(Exception ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "problem.notFound");
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ProblemDetail denied(Exception ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden");
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail conflict(ObjectOptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", "problem.conflict");
	}

	/**
	 * A unique constraint lost to a concurrent request (the service checked, the other
	 * one won).
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail duplicate(DataIntegrityViolationException ex) {
		log.info("Constraint violation answered as conflict: {}", ex.getMostSpecificCause().getClass().getSimpleName());
		return problem(HttpStatus.CONFLICT, "duplicate", "problem.duplicate");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected failure of an API call", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "problem.internal");
	}

	private ProblemDetail problem(HttpStatus status, String type, String key) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(TYPE_BASE.resolve(type));
		problem.setTitle(message(key + ".title"));
		problem.setDetail(message(key));
		return problem;
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
