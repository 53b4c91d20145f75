package cn.houqin.repairs.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.audit.AuditActions;
import cn.houqin.audit.AuditApi;
import cn.houqin.calendar.CalendarApi;
import cn.houqin.shared.web.BusinessRuleException;

/**
 * The SLA terms, working hours and contractor approval limit of a tenant (its own rows,
 * else the defaults of tenant 0), the deadlines they give on the tenant's working-day
 * calendar, and their change by an administrator (audited).
 */
@Component
public class SlaBook {

	private final JdbcClient jdbc;

	/** The most minutes a term may have: 60 working days. */
	public static final int MAX_MINUTES = 60 * 8 * 60;

	private final CalendarApi calendar;

	private final AuditApi audit;

	SlaBook(JdbcClient jdbc, CalendarApi calendar, AuditApi audit) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.audit = audit;
	}

	/** The contractor cost above which the cost goes to approval. */
	public BigDecimal contractorLimit(long tenantId) {
		return this.jdbc.sql(
				"select limit_amount from rep_contractor_limit where tenant_id in (0, :tenant) order by tenant_id desc")
			.param("tenant", tenantId)
			.query(BigDecimal.class)
			.list()
			.get(0)
			.setScale(2, RoundingMode.HALF_UP);
	}

	/** The labour cost of one hour, in 元. */
	public BigDecimal labourRate(long tenantId) {
		return this.jdbc
			.sql("select hourly_rate from rep_labour_rate where tenant_id in (0, :tenant) order by tenant_id desc")
			.param("tenant", tenantId)
			.query(BigDecimal.class)
			.list()
			.get(0)
			.setScale(2, RoundingMode.HALF_UP);
	}

	/** The tenant's rules as they apply now. */
	public RepairRules rules(long tenantId) {
		return new RepairRules(allTerms(tenantId), hours(tenantId), contractorLimit(tenantId), labourRate(tenantId));
	}

	/**
	 * Replaces the tenant's rules after checking them, in one transaction, and records
	 * the old and new values in the audit trail.
	 */
	@Transactional
	public RepairRules change(long tenantId, RepairRules rules) {
		check(rules);
		RepairRules before = rules(tenantId);
		this.jdbc.sql("delete from rep_sla where tenant_id = :tenant").param("tenant", tenantId).update();
		for (SlaTerms terms : rules.terms()) {
			this.jdbc.sql(
					"insert into rep_sla (tenant_id, urgency, respond_minutes, respond_on_clock, fix_minutes, fix_on_clock)"
							+ " values (:tenant, :urgency, :respond, :respondClock, :fix, :fixClock)")
				.param("tenant", tenantId)
				.param("urgency", terms.urgency().name())
				.param("respond", terms.respondMinutes())
				.param("respondClock", terms.respondOnClock())
				.param("fix", terms.fixMinutes())
				.param("fixClock", terms.fixOnClock())
				.update();
		}
		WorkingHours hours = rules.hours();
		this.jdbc.sql("delete from rep_working_hours where tenant_id = :tenant").param("tenant", tenantId).update();
		this.jdbc
			.sql("insert into rep_working_hours (tenant_id, morning_start, morning_end, afternoon_start, afternoon_end)"
					+ " values (:tenant, :ms, :me, :as, :ae)")
			.param("tenant", tenantId)
			.param("ms", hours.morningStart())
			.param("me", hours.morningEnd())
			.param("as", hours.afternoonStart())
			.param("ae", hours.afternoonEnd())
			.update();
		this.jdbc.sql("delete from rep_contractor_limit where tenant_id = :tenant").param("tenant", tenantId).update();
		this.jdbc.sql("insert into rep_contractor_limit (tenant_id, limit_amount) values (:tenant, :amount)")
			.param("tenant", tenantId)
			.param("amount", rules.contractorLimit().setScale(2, RoundingMode.HALF_UP))
			.update();
		this.jdbc.sql("delete from rep_labour_rate where tenant_id = :tenant").param("tenant", tenantId).update();
		this.jdbc.sql("insert into rep_labour_rate (tenant_id, hourly_rate) values (:tenant, :rate)")
			.param("tenant", tenantId)
			.param("rate", rules.labourRate().setScale(2, RoundingMode.HALF_UP))
			.update();
		RepairRules after = rules(tenantId);
		Map<String, String> details = new LinkedHashMap<>();
		details.put("before", before.describe());
		details.put("after", after.describe());
		this.audit.record(AuditActions.UPDATE, "repairs.rules", Long.toString(tenantId), details);
		return after;
	}

	private static void check(RepairRules rules) {
		if (rules.terms().size() != Urgency.values().length
				|| rules.terms().stream().map(SlaTerms::urgency).distinct().count() != Urgency.values().length) {
			throw new BusinessRuleException("terms", "repairs.rules.error.terms");
		}
		for (SlaTerms terms : rules.terms()) {
			int i = terms.urgency().ordinal();
			if (terms.respondMinutes() < 1 || terms.respondMinutes() > MAX_MINUTES) {
				throw new BusinessRuleException("respondMinutes[" + i + "]", "repairs.rules.error.minutes", 1,
						MAX_MINUTES);
			}
			if (terms.fixMinutes() < 1 || terms.fixMinutes() > MAX_MINUTES) {
				throw new BusinessRuleException("fixMinutes[" + i + "]", "repairs.rules.error.minutes", 1, MAX_MINUTES);
			}
			if (terms.respondOnClock() == terms.fixOnClock() && terms.fixMinutes() < terms.respondMinutes()) {
				throw new BusinessRuleException("fixMinutes[" + i + "]", "repairs.rules.error.fixBeforeRespond");
			}
		}
		if (rules.contractorLimit() == null || rules.contractorLimit().signum() < 0
				|| rules.contractorLimit().compareTo(new BigDecimal("10000000")) > 0) {
			throw new BusinessRuleException("contractorLimit", "repairs.rules.error.limit");
		}
		if (rules.labourRate() == null || rules.labourRate().signum() < 0
				|| rules.labourRate().compareTo(new BigDecimal("100000")) > 0) {
			throw new BusinessRuleException("labourRate", "repairs.rules.error.labourRate");
		}
	}

	public SlaTerms terms(long tenantId, Urgency urgency) {
		return this.jdbc
			.sql("select urgency, respond_minutes, respond_on_clock, fix_minutes, fix_on_clock from rep_sla"
					+ " where urgency = :urgency and tenant_id in (0, :tenant) order by tenant_id desc")
			.param("urgency", urgency.name())
			.param("tenant", tenantId)
			.query((rs, n) -> new SlaTerms(Urgency.valueOf(rs.getString(1)), rs.getInt(2), rs.getBoolean(3),
					rs.getInt(4), rs.getBoolean(5)))
			.list()
			.get(0);
	}

	public List<SlaTerms> allTerms(long tenantId) {
		return List.of(Urgency.values()).stream().map(u -> terms(tenantId, u)).toList();
	}

	public WorkingHours hours(long tenantId) {
		return this.jdbc
			.sql("select morning_start, morning_end, afternoon_start, afternoon_end from rep_working_hours"
					+ " where tenant_id in (0, :tenant) order by tenant_id desc")
			.param("tenant", tenantId)
			.query((rs, n) -> new WorkingHours(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class),
					rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class)))
			.list()
			.get(0);
	}

	public WorkingClock clock(long tenantId) {
		return new WorkingClock(hours(tenantId), day -> this.calendar.isWorkingDay(tenantId, day));
	}

	public SlaTerms.Deadlines deadlines(long tenantId, Urgency urgency, Instant reportedAt) {
		return terms(tenantId, urgency).deadlines(reportedAt, clock(tenantId));
	}

}
