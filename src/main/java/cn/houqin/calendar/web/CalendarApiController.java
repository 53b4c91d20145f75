package cn.houqin.calendar.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import cn.houqin.calendar.CalendarApi;
import cn.houqin.calendar.CalendarDay;
import cn.houqin.calendar.HolidayPeriod;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.NotFoundException;

/**
 * The working-day calendar for API clients; any signed-in user may read it. A bad or
 * missing parameter answers 400 problem+json naming it.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar", description = "Working-day calendar (工作日历): holidays, 调休 make-up days, deadlines")
class CalendarApiController {

	static final int MAX_DAYS = 1000;

	static final long MAX_SPAN_DAYS = 3660;

	private static final URI VALIDATION = URI.create("https://houqin.cn/problems/validation");

	private final CalendarApi calendar;

	private final MessageSource messages;

	CalendarApiController(CalendarApi calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/working-days/add")
	@Operation(summary = "The Nth working day after a date (the date itself is day 0), with its deadline "
			+ "23:59:59 Asia/Shanghai; missingYear when a year on the way has no published calendar")
	WorkingDayResponse add(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam int days) {
		if (days < 0 || days > MAX_DAYS) {
			throw new BadParameter("days");
		}
		long tenantId = tenantId();
		OffsetDateTime deadline = this.calendar.deadline(tenantId, from, days).toOffsetDateTime();
		LocalDate date = deadline.toLocalDate();
		return new WorkingDayResponse(date, deadline, missing(tenantId, from, date));
	}

	@GetMapping("/working-days/between")
	@Operation(
			summary = "The number of working days after 'from' up to and including 'to' (from excluded, to included); "
					+ "negative when 'to' is before 'from'")
	BetweenResponse between(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (Math.abs(ChronoUnit.DAYS.between(from, to)) > MAX_SPAN_DAYS) {
			throw new BadParameter("to");
		}
		long tenantId = tenantId();
		long count = this.calendar.workingDaysBetween(tenantId, from, to);
		return new BetweenResponse(from, to, count, missing(tenantId, from, to));
	}

	@GetMapping("/days/{date}")
	@Operation(summary = "One day: working day or not, its kind (WORKDAY, WEEKEND, HOLIDAY, MAKEUP_WORKDAY, "
			+ "LOCAL_DAY_OFF) and name")
	CalendarDay day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.calendar.day(tenantId(), date);
	}

	@GetMapping("/holidays/next")
	@Operation(summary = "The holiday under way on 'from' or the next one; 404 when the calendar knows none")
	HolidayPeriod nextHoliday(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
		return this.calendar.nextHoliday(tenantId(), from).orElseThrow(() -> new NotFoundException("Holiday", from));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return badParameter(ex.getName());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return badParameter(ex.getParameterName());
	}

	@ExceptionHandler(BadParameter.class)
	ProblemDetail outOfRange(BadParameter ex) {
		return badParameter(ex.getMessage());
	}

	private ProblemDetail badParameter(String name) {
		String detail = message("calendar.api.badParameter." + name, "calendar.api.badParameter", name);
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setType(VALIDATION);
		problem.setTitle(message("problem.validation.title", "problem.validation.title"));
		problem.setDetail(detail);
		problem.setProperty("errors", List.of(Map.of("field", name, "message", detail)));
		return problem;
	}

	private String message(String key, String fallbackKey, Object... args) {
		String fallback = this.messages.getMessage(fallbackKey, args, fallbackKey, LocaleContextHolder.getLocale());
		return this.messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
	}

	private boolean missing(long tenantId, LocalDate a, LocalDate b) {
		int first = Math.min(a.getYear(), b.getYear());
		int last = Math.max(a.getYear(), b.getYear());
		return IntStream.rangeClosed(first, last).anyMatch(year -> !this.calendar.hasData(tenantId, year));
	}

	private static long tenantId() {
		return DataScopes.currentUser().tenantId();
	}

	/** The Nth working day and the end of it; see {@link CalendarApi#deadline}. */
	record WorkingDayResponse(LocalDate date, OffsetDateTime deadline, boolean missingYear) {
	}

	/** Working days after {@code from} up to and including {@code to}. */
	record BetweenResponse(LocalDate from, LocalDate to, long workingDays, boolean missingYear) {
	}

	/** A parameter outside its allowed range; the message is the parameter's name. */
	static final class BadParameter extends RuntimeException {

		BadParameter(String parameter) {
			super(parameter, null, false, false);
		}

	}

}
