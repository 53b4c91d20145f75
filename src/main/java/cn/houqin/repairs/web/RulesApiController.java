package cn.houqin.repairs.web;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.repairs.domain.RepairRules;
import cn.houqin.repairs.domain.SlaBook;
import cn.houqin.repairs.domain.SlaTerms;
import cn.houqin.repairs.domain.Urgency;
import cn.houqin.repairs.domain.WorkingHours;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * The repair rules through the API: the SLA per urgency, the working hours and the
 * contractor approval limit. A bad value answers 422 naming its field, e.g.
 * {@code terms[2].fixMinutes}, {@code hours.morningEnd}, {@code contractorLimit} or
 * {@code labourRate}.
 */
@RestController
@RequestMapping("/api/v1/repairs/rules")
class RulesApiController {

	private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)\\]");

	private final SlaBook book;

	RulesApiController(SlaBook book) {
		this.book = book;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('repairs.rules')")
	Rules rules() {
		return Rules.of(this.book.rules(DataScopes.currentUser().tenantId()));
	}

	@PutMapping
	@PreAuthorize("hasAuthority('repairs.rules')")
	Rules change(@RequestBody Rules body) {
		if (body.terms() == null) {
			throw new BusinessRuleException("terms", "repairs.rules.error.terms");
		}
		List<SlaTerms> terms = new ArrayList<>();
		List<Urgency> positions = new ArrayList<>();
		for (int i = 0; i < body.terms().size(); i++) {
			Term term = body.terms().get(i);
			String field = "terms[" + i + "].";
			Urgency urgency = term == null ? null : urgency(term.urgency());
			if (urgency == null) {
				throw new BusinessRuleException(field + "urgency", "repairs.rules.error.terms");
			}
			terms.add(new SlaTerms(urgency, minutes(term.respondMinutes(), field + "respondMinutes"),
					Boolean.TRUE.equals(term.respondOnClock()), minutes(term.fixMinutes(), field + "fixMinutes"),
					Boolean.TRUE.equals(term.fixOnClock())));
			positions.add(urgency);
		}
		Hours hours = body.hours();
		if (hours == null) {
			throw new BusinessRuleException("hours", "repairs.rules.error.hours");
		}
		required(hours.morningStart(), "hours.morningStart");
		required(hours.morningEnd(), "hours.morningEnd");
		required(hours.afternoonStart(), "hours.afternoonStart");
		required(hours.afternoonEnd(), "hours.afternoonEnd");
		if (!hours.morningStart().isBefore(hours.morningEnd())) {
			throw new BusinessRuleException("hours.morningEnd", "repairs.rules.error.hours");
		}
		if (hours.morningEnd().isAfter(hours.afternoonStart())) {
			throw new BusinessRuleException("hours.afternoonStart", "repairs.rules.error.hours");
		}
		if (!hours.afternoonStart().isBefore(hours.afternoonEnd())) {
			throw new BusinessRuleException("hours.afternoonEnd", "repairs.rules.error.hours");
		}
		RepairRules rules = new RepairRules(terms, new WorkingHours(hours.morningStart(), hours.morningEnd(),
				hours.afternoonStart(), hours.afternoonEnd()), body.contractorLimit(), body.labourRate());
		try {
			return Rules.of(this.book.change(DataScopes.currentUser().tenantId(), rules));
		}
		catch (BusinessRuleException ex) {
			throw renamed(ex, positions);
		}
	}

	private static int minutes(Integer value, String field) {
		if (value == null) {
			throw new BusinessRuleException(field, "repairs.rules.error.minutes", 1, SlaBook.MAX_MINUTES);
		}
		return value;
	}

	private static Urgency urgency(String code) {
		for (Urgency u : Urgency.values()) {
			if (u.name().equals(code)) {
				return u;
			}
		}
		return null;
	}

	private static void required(LocalTime value, String field) {
		if (value == null) {
			throw new BusinessRuleException(field, "repairs.rules.error.hours");
		}
	}

	/**
	 * The rule book names a term's field by urgency; the API by its place in the body.
	 */
	private static BusinessRuleException renamed(BusinessRuleException ex, List<Urgency> positions) {
		Matcher m = ex.field() == null ? null : INDEXED.matcher(ex.field());
		if (m == null || !m.matches()) {
			return ex;
		}
		Urgency urgency = Urgency.values()[Integer.parseInt(m.group(2))];
		int at = positions.indexOf(urgency);
		return new BusinessRuleException("terms[" + at + "]." + m.group(1), ex.messageKey(), ex.arguments());
	}

	/**
	 * The rules as the API shows and takes them.
	 *
	 * @param terms one service level per urgency
	 * @param hours the working hours
	 * @param contractorLimit the contractor cost above which approval is needed, in 元
	 * @param labourRate the labour cost of one hour, in 元
	 */
	record Rules(List<Term> terms, Hours hours, BigDecimal contractorLimit, BigDecimal labourRate) {

		static Rules of(RepairRules rules) {
			WorkingHours h = rules.hours();
			return new Rules(
					rules.terms()
						.stream()
						.map(t -> new Term(t.urgency().name(), t.respondMinutes(), t.respondOnClock(), t.fixMinutes(),
								t.fixOnClock()))
						.toList(),
					new Hours(h.morningStart(), h.morningEnd(), h.afternoonStart(), h.afternoonEnd()),
					rules.contractorLimit(), rules.labourRate());
		}

	}

	/**
	 * The service level of one urgency; minutes in working time unless on the clock.
	 */
	record Term(String urgency, Integer respondMinutes, Boolean respondOnClock, Integer fixMinutes,
			Boolean fixOnClock) {
	}

	/**
	 * The working hours of a working day.
	 */
	record Hours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart, LocalTime afternoonEnd) {
	}

}
