package cn.houqin.shared.web;

import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Builds a safe {@link Pageable} from request parameters: page size is capped, and only
 * sort keys a list declares (mapped to entity properties) are accepted.
 */
public final class Paging {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	private Paging() {
	}

	public static Pageable of(Integer page, Integer size, String sort, Map<String, String> sortable, Sort fallback) {
		int p = page == null || page < 0 ? 0 : page;
		int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		return PageRequest.of(p, s, sortOf(sort, sortable, fallback));
	}

	/** {@code sort} is {@code key} or {@code key,desc}; unknown keys fall back. */
	static Sort sortOf(String sort, Map<String, String> sortable, Sort fallback) {
		if (sort == null || sort.isBlank()) {
			return fallback;
		}
		String[] parts = sort.split(",");
		String property = sortable.get(parts[0].trim());
		if (property == null) {
			return fallback;
		}
		boolean descending = parts.length > 1 && "desc".equalsIgnoreCase(parts[1].trim());
		Sort primary = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, property);
		return primary.and(Sort.by("id"));
	}

}
