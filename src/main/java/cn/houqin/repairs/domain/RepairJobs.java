package cn.houqin.repairs.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The repair module's scheduled jobs, each on one node of the cluster at a time: plan
 * generation, SLA breach flags, auto-confirmation after 3 working days.
 */
@Component
class RepairJobs {

	private final PlanService plans;

	private final RepairHousekeeping housekeeping;

	RepairJobs(PlanService plans, RepairHousekeeping housekeeping) {
		this.plans = plans;
		this.housekeeping = housekeeping;
	}

	@Scheduled(initialDelayString = "${houqin.repairs.plans-interval:PT10M}",
			fixedDelayString = "${houqin.repairs.plans-interval:PT10M}")
	@SchedulerLock(name = "repairs.plans", lockAtMostFor = "PT15M")
	public void generatePlans() {
		this.plans.generateDue(LocalDate.now(WorkingClock.ZONE));
	}

	@Scheduled(initialDelayString = "${houqin.repairs.sla-interval:PT1M}",
			fixedDelayString = "${houqin.repairs.sla-interval:PT1M}")
	@SchedulerLock(name = "repairs.sla", lockAtMostFor = "PT15M")
	public void flagBreaches() {
		this.housekeeping.flagBreaches(Instant.now());
	}

	@Scheduled(initialDelayString = "${houqin.repairs.confirm-interval:PT30M}",
			fixedDelayString = "${houqin.repairs.confirm-interval:PT30M}")
	@SchedulerLock(name = "repairs.autoConfirm", lockAtMostFor = "PT15M")
	public void autoConfirm() {
		this.housekeeping.autoConfirm(Instant.now());
	}

	static Duration minimumAge() {
		return Duration.ofDays(3);
	}

}
