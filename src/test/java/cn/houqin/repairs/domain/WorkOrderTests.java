package cn.houqin.repairs.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkOrderTests {

	private static final long REPORTER = 7L;

	private static final long TECHNICIAN = 8L;

	private final Instant now = RepairsFixtures.REPORTED.plusSeconds(600);

	@Test
	void walksFromReportToTheReportersRating() {
		WorkOrder order = RepairsFixtures.workOrder(REPORTER);
		order.accept(this.now);
		order.assign(TECHNICIAN, this.now);
		order.start(TECHNICIAN, this.now);
		order.complete(TECHNICIAN, new BigDecimal("1.5"), new BigDecimal("80.00"), "换阀芯", this.now.plusSeconds(3600));
		assertThat(order.getStatus()).isEqualTo(WorkOrderStatus.DONE);
		order.confirm(REPORTER, 5, "很快", this.now.plusSeconds(7200));
		assertThat(order.getStatus()).isEqualTo(WorkOrderStatus.CLOSED);
		assertThat(order.getRating()).isEqualTo(5);
		assertThat(order.getLabourHours()).isEqualByComparingTo("1.50");
		assertThat(order.getLabourCost()).isEqualByComparingTo("120.00");
		assertThat(order.totalCost()).isEqualByComparingTo("120.00");
	}

	@Test
	void theCostAddsMaterialsLabourAtTheRateOfCompletionAndContractors() {
		WorkOrder order = RepairsFixtures.workOrder(REPORTER);
		order.assign(TECHNICIAN, this.now);
		order.engageContractor("县建安公司", new BigDecimal("300"), false);
		order.complete(TECHNICIAN, new BigDecimal("2.5"), new BigDecimal("96.40"), null, this.now.plusSeconds(60));
		assertThat(order.getLabourCost()).isEqualByComparingTo("241.00");
		assertThat(order.contractorCostCounted()).isEqualByComparingTo("300.00");
		assertThat(order.totalCost()).isEqualByComparingTo("541.00");
	}

	@Test
	void theBuildingIsTheFirstWordOfTheLocationElseTheTextUpToTheFirstFloorSign() {
		assertThat(RepairReports.building("住院部 5 楼 502 病房")).isEqualTo("住院部");
		assertThat(RepairReports.building("  门诊楼 1 层卫生间")).isEqualTo("门诊楼");
		assertThat(RepairReports.building("行政楼305办公室")).isEqualTo("行政楼");
		assertThat(RepairReports.building("锅炉房")).isEqualTo("锅炉房");
	}

	@Test
	void refusesASecondTechnicianTakingATakenJob() {
		WorkOrder order = RepairsFixtures.workOrder(REPORTER);
		order.take(TECHNICIAN, this.now);
		assertThatThrownBy(() -> order.take(99L, this.now)).isInstanceOf(AlreadyTakenException.class);
		assertThat(order.getAssigneeUserId()).isEqualTo(TECHNICIAN);
	}

	@Test
	void refusesARatingOutsideOneToFive() {
		WorkOrder order = done();
		assertThatThrownBy(() -> order.confirm(REPORTER, 6, null, this.now)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("repairs.error.rating");
	}

	@Test
	void onlyTheReporterConfirms() {
		WorkOrder order = done();
		assertThatThrownBy(() -> order.confirm(TECHNICIAN, 4, null, this.now)).isInstanceOf(BusinessRuleException.class)
			.hasMessage("repairs.error.notReporter");
	}

	@Test
	@DisplayName("修复 7 日内可重新报修，之后不行")
	void reopensOnlyWithinSevenDaysOfTheFix() {
		WorkOrder order = done();
		Instant fixed = order.getFixedAt();
		order.reopen(REPORTER, "还在漏", fixed.plus(Duration.ofDays(6)));
		assertThat(order.getStatus()).isEqualTo(WorkOrderStatus.ASSIGNED);
		assertThat(order.getReopenCount()).isEqualTo(1);

		WorkOrder late = done();
		assertThatThrownBy(() -> late.reopen(REPORTER, "还在漏", late.getFixedAt().plus(Duration.ofDays(8))))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("repairs.error.reopenWindow");
	}

	@Test
	void autoConfirmsADoneRepairWithoutARating() {
		WorkOrder order = done();
		order.autoConfirm(this.now.plus(Duration.ofDays(5)));
		assertThat(order.getStatus()).isEqualTo(WorkOrderStatus.CLOSED);
		assertThat(order.isAutoConfirmed()).isTrue();
		assertThat(order.getRating()).isNull();
	}

	@Test
	void anUrgencyChangeNeedsAReasonAndMovesTheDeadlines() {
		WorkOrder order = RepairsFixtures.workOrder(REPORTER);
		SlaTerms.Deadlines sooner = new SlaTerms.Deadlines(this.now, this.now.plusSeconds(3600));
		assertThatThrownBy(() -> order.adjustUrgency(Urgency.URGENT, " ", sooner))
			.isInstanceOf(BusinessRuleException.class);
		order.adjustUrgency(Urgency.URGENT, "手术室停水", sooner);
		assertThat(order.getUrgency()).isEqualTo(Urgency.URGENT);
		assertThat(order.getFixBy()).isEqualTo(this.now.plusSeconds(3600));
	}

	@Test
	void flagsPassedDeadlinesOnce() {
		WorkOrder order = RepairsFixtures.workOrder(REPORTER);
		Instant late = order.getFixBy().plusSeconds(1);
		assertThat(order.flagBreaches(late)).isTrue();
		assertThat(order.isRespondBreached()).isTrue();
		assertThat(order.isFixBreached()).isTrue();
		assertThat(order.flagBreaches(late.plusSeconds(60))).isFalse();
	}

	@Test
	void aContractorAboveTheLimitWaitsForApprovalAndARefusedCostDoesNotCount() {
		WorkOrder order = RepairsFixtures.workOrder(REPORTER);
		order.engageContractor("县建安公司", new BigDecimal("5000"), true);
		assertThat(order.getContractorStatus()).isEqualTo(ContractorStatus.PENDING);
		assertThat(order.totalCost()).isEqualByComparingTo("5000.00");
		order.contractorDecided(false);
		assertThat(order.totalCost()).isEqualByComparingTo("0.00");
	}

	private WorkOrder done() {
		WorkOrder order = RepairsFixtures.workOrder(REPORTER);
		order.assign(TECHNICIAN, this.now);
		order.complete(TECHNICIAN, BigDecimal.ONE, new BigDecimal("80.00"), null, this.now.plusSeconds(60));
		return order;
	}

}
