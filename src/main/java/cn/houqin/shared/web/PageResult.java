package cn.houqin.shared.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * The paged list shape of every API list and page:
 * {@code {"items":[…],"page":0,"size":20,"total":123}}.
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {

	public static <E, T> PageResult<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResult<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
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
