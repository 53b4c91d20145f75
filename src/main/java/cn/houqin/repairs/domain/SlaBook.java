package cn.houqin.repairs.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.houqin.calendar.CalendarApi;

/**
 * The SLA terms and working hours of a tenant (its own rows, else the defaults of tenant
 * 0), and the deadlines they give on the tenant's working-day calendar.
 */
@Component
public class SlaBook {

	private final JdbcClient jdbc;

	private final CalendarApi calendar;

	SlaBook(JdbcClient jdbc, CalendarApi calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
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
