package cn.houqin.repairs.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.AccessApi;
import cn.houqin.access.UserSummary;
import cn.houqin.org.OrgApi;

/**
 * Demo repairs (demo profile only) at the county hospital: open reports of every urgency
 * on the dispatch board, a job assigned to the 维修班 technician, repairs done and rated, a
 * daily water and power round, the boiler check before the heating season, and a closed
 * incident. Runs once.
 */
@Component
@Profile("demo")
@Order(40)
class RepairsDemoData implements ApplicationRunner {

	private final OrgApi org;

	private final AccessApi access;

	private final WorkOrders orders;

	private final Plans plans;

	private final Incidents incidents;

	private final SlaBook sla;

	private final TechnicianSkills skills;

	RepairsDemoData(OrgApi org, AccessApi access, WorkOrders orders, Plans plans, Incidents incidents, SlaBook sla,
			TechnicianSkills skills) {
		this.org = org;
		this.access = access;
		this.orders = orders;
		this.plans = plans;
		this.incidents = incidents;
		this.sla = sla;
		this.skills = skills;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long tenantId = this.org.tenantIdByCode("demo").orElseThrow();
		// the 维修班 technician handles water, power and heating (水电暖)
		this.skills.seed(tenantId, holder(tenantId, "technician", unit(tenantId, "HOSP-ZWK-WX")).id(),
				java.util.EnumSet.of(Category.WATER, Category.ELECTRIC, Category.HVAC));
		if (this.orders.existsByTenantId(tenantId)) {
			return;
		}
		long internal = unit(tenantId, "HOSP-NK");
		long surgery = unit(tenantId, "HOSP-WK");
		long hospital = unit(tenantId, "HOSP");
		UserSummary nurse = holder(tenantId, "staff", internal);
		UserSummary technician = holder(tenantId, "technician", unit(tenantId, "HOSP-ZWK-WX"));
		Instant now = Instant.now();

		report(tenantId, nurse, internal, "住院部 5 楼 502 病房", Category.ELECTRIC, "病房插座冒火花", true, false,
				now.minus(Duration.ofMinutes(20)));
		report(tenantId, nurse, surgery, "手术楼 2 层 1 号手术室", Category.HVAC, "空调不制冷，影响手术", false, true,
				now.minus(Duration.ofHours(3)));
		report(tenantId, nurse, internal, "门诊楼 1 层卫生间", Category.WATER, "水龙头关不严", false, false,
				now.minus(Duration.ofDays(2)));
		report(tenantId, nurse, internal, "行政楼 305 办公室", Category.CARPENTRY, "门把手松动", false, false,
				now.minus(Duration.ofDays(4)));
		WorkOrder assigned = report(tenantId, nurse, internal, "内科护士站", Category.NETWORK, "网口无信号", false, true,
				now.minus(Duration.ofHours(5)));
		assigned.assign(technician.id(), now.minus(Duration.ofHours(4)));

		WorkOrder rated = report(tenantId, nurse, internal, "门诊楼 1 层卫生间", Category.WATER, "下水道堵塞", false, false,
				now.minus(Duration.ofDays(9)));
		rated.assign(technician.id(), now.minus(Duration.ofDays(9)).plus(Duration.ofHours(1)));
		rated.complete(technician.id(), new BigDecimal("2.0"), this.sla.labourRate(tenantId), "疏通下水管",
				now.minus(Duration.ofDays(8)));
		rated.confirm(nurse.id(), 5, "处理及时", now.minus(Duration.ofDays(8)).plus(Duration.ofHours(2)));

		WorkOrder done = report(tenantId, nurse, surgery, "手术楼 3 层走廊", Category.ELECTRIC, "走廊灯不亮", false, false,
				now.minus(Duration.ofDays(1)));
		done.assign(technician.id(), now.minus(Duration.ofHours(20)));
		done.complete(technician.id(), new BigDecimal("0.5"), this.sla.labourRate(tenantId), "更换灯管",
				now.minus(Duration.ofHours(18)));

		LocalDate today = LocalDate.now(WorkingClock.ZONE);
		this.plans.save(new Plan(tenantId, hospital,
				new PlanDraft("每日水电巡检", "全院配电室、水泵房", Category.ELECTRIC, null, unit(tenantId, "HOSP-ZWK-WX"),
						IntervalKind.DAYS, 1, null, "配电室\n配电箱及电表\n水泵及水箱\n总阀门\n跑冒滴漏", 0, today.plusDays(1))));
		this.plans.save(new Plan(tenantId, hospital,
				new PlanDraft("供暖季前锅炉检查", "锅炉房", Category.HVAC, null, unit(tenantId, "HOSP-ZWK-WX"),
						IntervalKind.SEASON, 1, Season.HEATING_SEASON, "锅炉检验证书\n安全阀、压力表\n管道试压\n循环泵及水处理\n锅炉房消防安全", 30,
						LocalDate.of(today.getYear() + 1, 10, 15))));

		Incident incident = new Incident(tenantId, internal, nurse.id(), IncidentKind.ELECTRIC_SHOCK, "护工触电（轻微）",
				"住院部 4 楼开水间", now.minus(Duration.ofDays(6)), null);
		incident.record(nurse.id(), "切断开水间电源，伤者送急诊检查", now.minus(Duration.ofDays(6)));
		incident.close(technician.id(), "开水器接地线脱落，已重新接地并全院排查同型号设备", now.minus(Duration.ofDays(5)));
		this.incidents.save(incident);
	}

	private WorkOrder report(long tenantId, UserSummary reporter, long unitId, String location, Category category,
			String description, boolean safety, boolean core, Instant at) {
		Urgency urgency = Urgency.derive(category, safety, core);
		WorkOrder order = new WorkOrder(tenantId, WorkOrderService.orderNo(at), unitId, reporter.id(),
				reporter.staffId(), new NewReport(location, null, category, description, safety, core), location,
				urgency, this.sla.deadlines(tenantId, urgency, at), at);
		return this.orders.save(order);
	}

	private long unit(long tenantId, String code) {
		return this.org.unitByCode(tenantId, code).orElseThrow().id();
	}

	private UserSummary holder(long tenantId, String role, long unitId) {
		return this.access.holders(tenantId, role, unitId).get(0);
	}

}
