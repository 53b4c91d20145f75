package cn.houqin.shared.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;

/**
 * The paged list shape of every API list and page:
 * {@code {"items":[…],"page":0,"size":20,"total":123,"totalCapped":false}}. A list over a
 * large table may stop counting at a cap: then {@code total} is the cap and
 * {@code totalCapped} says there are more rows than that (see
 * {@link cn.houqin.shared.jpa.CappedCount}).
 */
public record PageResult<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

	public PageResult(List<T> items, int page, int size, long total) {
		this(items, page, size, total, false);
	}

	public static <E, T> PageResult<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResult<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}

	/**
	 * A page read as a slice (one row more than the page size tells whether another page
	 * follows) with a capped count, asked for only when the slice alone cannot tell the
	 * total.
	 * @param slice the page's rows
	 * @param cap the count's cap
	 * @param cappedCount counts the matching rows up to {@code cap + 1}
	 */
	public static <E, T> PageResult<T> of(Slice<E> slice, int cap, LongSupplier cappedCount, Function<E, T> mapper) {
		List<T> items = slice.getContent().stream().map(mapper).toList();
		long offset = (long) slice.getNumber() * slice.getSize();
		long total;
		if (!slice.hasNext() && (!items.isEmpty() || offset == 0)) {
			total = offset + items.size();
		}
		else {
			total = cappedCount.getAsLong();
		}
		boolean capped = total > cap;
		return new PageResult<>(items, slice.getNumber(), slice.getSize(), capped ? cap : total, capped);
	}

	public int totalPages() {
		return this.size == 0 ? 0 : (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public long firstRow() {
		return this.total == 0 ? 0 : (long) this.page * this.size + 1;
	}

	public long lastRow() {
		return (long) this.page * this.size + this.items.size();
	}

}
