package cn.houqin.repairs.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 篇7 不搞排队式的先来先办: the dispatch order over random queues.
 */
class DispatchOrderProperties {

	record Entry(long id, Urgency urgency, boolean blocksCoreWork, Instant reportedAt) implements DispatchOrder.Queued {
	}

	@Property(tries = 300)
	@Label("一般报修再早也不排在新的紧急报修之前；同级先核心工作，再按报修时长")
	void ordersByUrgencyThenCoreWorkThenAge(@ForAll("queues") List<Entry> queue) {
		List<Entry> sorted = new ArrayList<>(queue);
		sorted.sort(DispatchOrder.comparator());
		for (int i = 0; i < sorted.size(); i++) {
			for (int j = i + 1; j < sorted.size(); j++) {
				Entry before = sorted.get(i);
				Entry after = sorted.get(j);
				assertThat(before.urgency().rank()).isLessThanOrEqualTo(after.urgency().rank());
				if (before.urgency() == after.urgency()) {
					assertThat(!before.blocksCoreWork() && after.blocksCoreWork()).isFalse();
					if (before.blocksCoreWork() == after.blocksCoreWork()) {
						assertThat(before.reportedAt()).isBeforeOrEqualTo(after.reportedAt());
					}
				}
				if (before.urgency() == Urgency.NORMAL && after.urgency() == Urgency.URGENT) {
					throw new AssertionError("一般 before 紧急");
				}
			}
		}
	}

	@Property(tries = 200)
	void anOlderNormalReportNeverPrecedesANewerUrgentOne(@ForAll("queues") List<Entry> queue) {
		List<Entry> withPair = new ArrayList<>(queue);
		Entry old = new Entry(1_000_001, Urgency.NORMAL, true, Instant.parse("2020-01-01T00:00:00Z"));
		Entry urgent = new Entry(1_000_002, Urgency.URGENT, false, Instant.parse("2030-01-01T00:00:00Z"));
		withPair.add(old);
		withPair.add(urgent);
		withPair.sort(DispatchOrder.comparator());
		assertThat(withPair.indexOf(urgent)).isLessThan(withPair.indexOf(old));
	}

	@Provide
	Arbitrary<List<Entry>> queues() {
		Arbitrary<Entry> entry = Combinators
			.combine(Arbitraries.longs().between(1, 1_000_000), Arbitraries.of(Urgency.class),
					Arbitraries.of(true, false), Arbitraries.longs().between(1_600_000_000L, 1_900_000_000L))
			.as((id, urgency, core, seconds) -> new Entry(id, urgency, core, Instant.ofEpochSecond(seconds)));
		return entry.list().ofMaxSize(40).uniqueElements(Entry::id);
	}

}
