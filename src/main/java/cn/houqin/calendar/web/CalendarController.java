package cn.houqin.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.houqin.calendar.CalendarApi;
import cn.houqin.calendar.domain.CalendarService;
import cn.houqin.calendar.domain.WorkingDays;
import cn.houqin.calendar.domain.YearStatus;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;

/**
 * The calendar page (工作日历): a year, or one month of it, with holidays, make-up days,
 * weekends and local days off, the year's entries, and a warning when the year has no
 * published calendar. Any signed-in user may read it.
 */
@Controller
class CalendarController {

	static final int FIRST_YEAR = 1950;

	static final int LAST_YEAR = 2200;

	private final CalendarService calendar;

	private final DataScopes scopes;

	CalendarController(CalendarService calendar, DataScopes scopes) {
		this.calendar = calendar;
		this.scopes = scopes;
	}

	@GetMapping("/calendar")
	String show(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
			Model model) {
		CurrentUser user = DataScopes.currentUser();
		int shown = (year == null || year < FIRST_YEAR || year > LAST_YEAR) ? LocalDate.now(CalendarApi.ZONE).getYear()
				: year;
		Integer shownMonth = (month == null || month < 1 || month > 12) ? null : month;
		WorkingDays days = this.calendar.workingDays(user.tenantId());
		List<MonthGrid> months = IntStream.rangeClosed(1, 12)
			.filter(m -> shownMonth == null || m == shownMonth)
			.mapToObj(m -> MonthGrid.of(YearMonth.of(shown, m), days))
			.toList();
		YearStatus status = this.calendar.status(user.tenantId(), shown);
		model.addAttribute("year", shown);
		model.addAttribute("month", shownMonth);
		model.addAttribute("status", status);
		model.addAttribute("months", months);
		model.addAttribute("entries", this.calendar.entries(user.tenantId(), shown));
		model.addAttribute("today", LocalDate.now(CalendarApi.ZONE));
		model.addAttribute("manageable", manageable(user));
		return "calendar/index";
	}

	private boolean manageable(CurrentUser user) {
		return user.can("calendar.manage") && this.scopes.forPermission(user, "calendar.manage").tenantWide();
	}

}
