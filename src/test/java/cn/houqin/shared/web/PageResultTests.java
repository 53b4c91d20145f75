package cn.houqin.shared.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;

import static org.assertj.core.api.Assertions.assertThat;

class PageResultTests {

	final AtomicInteger counts = new AtomicInteger();

	@Test
	@DisplayName("最后一页或唯一一页：总数由本页得出，不再计数")
	void theLastPageKnowsTheTotalWithoutCounting() {
		PageResult<Integer> only = page(0, 20, 7, false, 999);
		assertThat(only.total()).isEqualTo(7);
		PageResult<Integer> last = page(3, 20, 5, false, 999);
		assertThat(last.total()).isEqualTo(65);
		assertThat(last.totalCapped()).isFalse();
		assertThat(this.counts).hasValue(0);
	}

	@Test
	@DisplayName("还有下一页时计数；超过上限时总数取上限并标明“以上”")
	void aPageWithMoreAfterItCountsUpToTheCap() {
		PageResult<Integer> exact = page(0, 20, 20, true, 57);
		assertThat(exact.total()).isEqualTo(57);
		assertThat(exact.totalCapped()).isFalse();
		assertThat(exact.totalPages()).isEqualTo(3);

		PageResult<Integer> capped = page(0, 20, 20, true, 101);
		assertThat(capped.total()).isEqualTo(100);
		assertThat(capped.totalCapped()).isTrue();
		assertThat(capped.totalPages()).isEqualTo(5);
		assertThat(capped.hasNext()).isTrue();
		assertThat(this.counts).hasValue(2);
	}

	@Test
	@DisplayName("页码超出末页：计数，页面为空")
	void aPageBeyondTheEndCounts() {
		PageResult<Integer> beyond = page(9, 20, 0, false, 57);
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.total()).isEqualTo(57);
		assertThat(this.counts).hasValue(1);
	}

	private PageResult<Integer> page(int page, int size, int rows, boolean hasNext, long matching) {
		List<Integer> content = IntStream.range(0, rows).boxed().toList();
		return PageResult.of(new SliceImpl<>(content, PageRequest.of(page, size), hasNext), 100, () -> {
			this.counts.incrementAndGet();
			return Math.min(matching, 101);
		}, Function.identity());
	}

}
