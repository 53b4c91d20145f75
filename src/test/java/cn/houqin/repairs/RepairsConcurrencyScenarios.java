package cn.houqin.repairs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.repairs.domain.Category;
import cn.houqin.repairs.domain.IntervalKind;
import cn.houqin.repairs.domain.NewReport;
import cn.houqin.repairs.domain.PlanDraft;
import cn.houqin.repairs.domain.PlanService;
import cn.houqin.repairs.domain.PlanView;
import cn.houqin.repairs.domain.WorkOrderQueries;
import cn.houqin.repairs.domain.WorkOrderService;
import cn.houqin.repairs.domain.WorkOrderView;
import cn.houqin.repairs.domain.WorkingClock;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Committed transactions racing each other: two technicians taking one job, two nodes
 * generating one plan's work orders. Run on H2 and on PostgreSQL.
 */
abstract class RepairsConcurrencyScenarios {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrderService orders;

	@Autowired
	WorkOrderQueries queries;

	@Autowired
	PlanService plans;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Test
	@DisplayName("两名维修工同时接同一单：只有一人接到")
	void twoTechniciansTakingOneJobAtOnceOneGetsIt() throws Exception {
		RepairsTestUsers fixtures = new RepairsTestUsers(this.users, this.org);
		CurrentUser staff = fixtures.user("demo-staff");
		CurrentUser first = fixtures.user("demo-technician");
		CurrentUser second = fixtures.with("demo-logistics", WorkOrderQueries.WORK);
		for (int round = 0; round < 3; round++) {
			WorkOrderView order = this.orders.report(staff,
					new NewReport("并发楼 " + System.nanoTime(), null, Category.WATER, "漏水", false, false), List.of());
			List<Integer> statuses = race(() -> take(first, order.id()), () -> take(second, order.id()));
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
			WorkOrderView after = this.queries.view(staff, order.id());
			assertThat(after.assigneeUserId()).isIn(first.userId(), second.userId());
			assertThat(after.version()).isEqualTo(1);
		}
	}

	@Test
	@DisplayName("两个节点同时生成计划工单：每个到期日只有一张")
	void twoGeneratorsMakeExactlyOneWorkOrderPerDueDate() throws Exception {
		RepairsTestUsers fixtures = new RepairsTestUsers(this.users, this.org);
		CurrentUser logistics = fixtures.user("demo-logistics");
		LocalDate today = LocalDate.now(WorkingClock.ZONE);
		PlanView plan = this.plans.create(logistics, new PlanDraft("水泵房巡检 " + System.nanoTime(), "水泵房", Category.WATER,
				null, null, IntervalKind.DAYS, 1, null, "压力表\n漏水\n异响", 2, today));
		race(() -> this.plans.generateDue(today), () -> this.plans.generateDue(today));
		List<Long> made = this.plans.workOrdersOf(logistics.tenantId(), plan.id());
		// due today, tomorrow and the day after (2 lead days): one work order each
		assertThat(made).hasSize(3);
		this.plans.generateDue(today);
		assertThat(this.plans.workOrdersOf(logistics.tenantId(), plan.id())).hasSize(3);
	}

	private int take(CurrentUser technician, long id) throws Exception {
		return this.mvc.perform(post("/api/v1/repairs/work-orders/{id}/take", id).with(user(technician)))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	@SafeVarargs
	private static <T> List<T> race(Callable<T>... tasks) throws Exception {
		CyclicBarrier barrier = new CyclicBarrier(tasks.length);
		ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					barrier.await();
					return task.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
