package cn.houqin.repairs.domain;

import java.time.Instant;
import java.util.Comparator;

import org.springframework.data.domain.Sort;

/**
 * The order of the dispatch board and of a technician's next job (篇7: 服务中心、照顾一般 …
 * 不搞排队式的先来先办): urgency first, then whether the fault stops core work, then age — never
 * arrival alone.
 */
public final class DispatchOrder {

	/** The same order as a query sort over the indexed columns. */
	public static final Sort SORT = Sort.by("urgencyRank", "coreRank", "reportedAt", "id");

	private DispatchOrder() {
	}

	/** What the order looks at. */
	public interface Queued {

		Urgency urgency();

		boolean blocksCoreWork();

		Instant reportedAt();

		long id();

	}

	public static <T extends Queued> Comparator<T> comparator() {
		return Comparator.<T>comparingInt(q -> q.urgency().rank())
			.thenComparing(q -> q.blocksCoreWork() ? 0 : 1)
			.thenComparing(Queued::reportedAt)
			.thenComparingLong(Queued::id);
	}

}
