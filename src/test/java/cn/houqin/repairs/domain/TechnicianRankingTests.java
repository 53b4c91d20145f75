package cn.houqin.repairs.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import cn.houqin.repairs.domain.WorkOrderService.Technician;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assign list: technicians who handle the order's category come first, then the
 * lighter open load; ties by load keep a stable order by name.
 */
class TechnicianRankingTests {

	private static Technician tech(long id, String name, long load, boolean skilled) {
		return new Technician(id, name, load, skilled, List.of());
	}

	@Test
	@DisplayName("a skilled technician with more open jobs comes before an idle one without the skill")
	void skillBeforeLoad() {
		Technician busySkilled = tech(1, "李", 5, true);
		Technician idleUnskilled = tech(2, "王", 0, false);
		assertThat(WorkOrderService.rank(List.of(idleUnskilled, busySkilled))).containsExactly(busySkilled,
				idleUnskilled);
	}

	@Test
	@DisplayName("among the skilled the lighter load comes first, and so among the unskilled")
	void tiesByLoad() {
		Technician a = tech(1, "甲", 3, true);
		Technician b = tech(2, "乙", 1, true);
		Technician c = tech(3, "丙", 2, false);
		Technician d = tech(4, "丁", 0, false);
		assertThat(WorkOrderService.rank(List.of(a, c, d, b))).containsExactly(b, a, d, c);
	}

	@Test
	@DisplayName("equal skill and load are ordered by name, so the list does not jump between views")
	void equalByName() {
		Technician a = tech(7, "A", 2, true);
		Technician b = tech(3, "B", 2, true);
		assertThat(WorkOrderService.rank(List.of(b, a))).containsExactly(a, b);
	}

	@RepeatedTest(20)
	@DisplayName("in any shuffled list no unskilled precedes a skilled one and load never decreases within a group")
	void propertyOverRandomLists() {
		Random random = new Random();
		List<Technician> all = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			all.add(tech(i, "t" + random.nextInt(5), random.nextInt(6), random.nextBoolean()));
		}
		Collections.shuffle(all, random);
		List<Technician> ranked = WorkOrderService.rank(all);
		assertThat(ranked).containsExactlyInAnyOrderElementsOf(all);
		for (int i = 1; i < ranked.size(); i++) {
			Technician before = ranked.get(i - 1);
			Technician after = ranked.get(i);
			assertThat(!before.skilled() && after.skilled()).as("unskilled before skilled at %d", i).isFalse();
			if (before.skilled() == after.skilled()) {
				assertThat(before.openJobs()).isLessThanOrEqualTo(after.openJobs());
			}
		}
	}

}
