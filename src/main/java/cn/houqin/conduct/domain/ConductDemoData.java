package cn.houqin.conduct.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.calendar.CalendarApi;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffSummary;

/**
 * Demo conduct records (demo profile only), runs once: a confirmed 6 for a maintenance
 * worker (level L3 with its tasks), a confirmed 1 for the demo nurse, a fresh notice for
 * the logistics officer, and a record awaiting its penalty decision.
 */
@Component
@Profile("demo")
@Order(40)
class ConductDemoData implements ApplicationRunner {

	private final OrgApi org;

	private final Offences offences;

	private final ConductRecords records;

	private final StandingService standings;

	private final CalendarApi calendar;

	private final ConductPolicyService policies;

	private final OffenceCatalogue catalogue;

	ConductDemoData(OrgApi org, Offences offences, ConductRecords records, StandingService standings,
			CalendarApi calendar, ConductPolicyService policies, OffenceCatalogue catalogue) {
		this.catalogue = catalogue;
		this.policies = policies;
		this.org = org;
		this.offences = offences;
		this.records = records;
		this.standings = standings;
		this.calendar = calendar;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long tenantId = this.org.tenantIdByCode("demo").orElseThrow();
		if (this.records.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(CalendarApi.ZONE);
		record(tenantId, "H0006", "A8-6", 6, today.minusDays(45), "配电房未按规定巡视，停电后未及时报告", false, true);
		record(tenantId, "H0010", "A11-2", 1, today.minusDays(35), "患者家属投诉服务态度生硬", false, true);
		record(tenantId, "H0004", "A11-4", 1, today.minusDays(2), "下班后未关闭办公室照明和空调", false, false);
		record(tenantId, "H0004", "A9-5", 4, today.minusDays(5), "私自收取病人现金，已移交处理", true, false);
	}

	private void record(long tenantId, String employeeNo, String code, int points, LocalDate occurredOn,
			String description, boolean penalty, boolean signed) {
		StaffSummary staff = this.org.staffByEmployeeNo(tenantId, employeeNo).orElseThrow();
		this.catalogue.ensure(tenantId);
		Offence offence = this.offences.findByTenantIdAndCode(tenantId, code).orElseThrow();
		ConductRecord record = new ConductRecord(tenantId, offence,
				new RecordDraft(occurredOn, Source.DAILY_SUPERVISION, description, null, penalty, null),
				List.of(new PersonPoints(staff.id(), staff.unitId(), points)), this.policies.policy(tenantId));
		if (signed) {
			LocalDate receivedOn = occurredOn.plusDays(1);
			record.receive(staff.id(), receivedOn.atTime(LocalTime.of(10, 0)).atZone(CalendarApi.ZONE).toInstant(),
					ReceiptKind.IN_SYSTEM, this.calendar.addWorkingDays(tenantId, receivedOn,
							this.policies.policy(tenantId).appealWorkingDays()),
					null);
			record.confirmLapsed(LocalDate.now(CalendarApi.ZONE));
		}
		this.records.save(record);
		if (!penalty) {
			this.standings.sync(tenantId, staff.id(), staff.unitId(), occurredOn);
		}
	}

}
