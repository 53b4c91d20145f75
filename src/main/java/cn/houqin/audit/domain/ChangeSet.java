package cn.houqin.audit.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.houqin.audit.FieldChange;

/**
 * The fields of a record that a create, update or delete changed, rendered as text: only
 * fields whose value differs on update, masked fields as {@code ***}, bookkeeping fields
 * (version, last change) left out.
 */
final class ChangeSet {

	static final String MASK = "***";

	private static final Set<String> IGNORED = Set.of("version", "updatedAt", "updatedBy");

	private ChangeSet() {
	}

	static List<FieldChange> created(Map<String, Object> state, Set<String> masked) {
		return between(Map.of(), state, masked);
	}

	static List<FieldChange> deleted(Map<String, Object> state, Set<String> masked) {
		return between(state, Map.of(), masked);
	}

	/**
	 * The fields whose rendered value differs between two states of one record, in the
	 * order of the states' properties.
	 */
	static List<FieldChange> between(Map<String, Object> before, Map<String, Object> after, Set<String> masked) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			if (IGNORED.contains(field)) {
				continue;
			}
			String old = render(before.get(field));
			String now = render(after.get(field));
			if (!Objects.equals(old, now)) {
				boolean mask = masked.contains(field);
				changes.add(new FieldChange(field, mask ? masked(old) : old, mask ? masked(now) : now));
			}
		}
		return changes;
	}

	/** Enums by name, decimals without exponent, everything else by its text. */
	static String render(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	private static String masked(String value) {
		return value == null ? null : MASK;
	}

}
