package cn.houqin.standards.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The qualifiers of a rule as stored, {@code key=value} pairs separated by {@code ;},
 * e.g. {@code level=县;rank=县级正职} or {@code guests>10}.
 */
record Conditions(List<Condition> all) {

	static final Conditions NONE = new Conditions(List.of());

	/** Reads the stored or typed form; refuses anything that is not a condition. */
	static Conditions parse(String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		return new Conditions(Arrays.stream(text.split("[;；\\n]"))
			.map(String::trim)
			.filter(part -> !part.isEmpty())
			.map(Condition::parse)
			.toList());
	}

	boolean hold(Map<String, String> context, boolean checkQualifiers) {
		return this.all.stream().allMatch(condition -> condition.holds(context, checkQualifiers));
	}

	/**
	 * The normal stored form; two rules with the same code and form are versions of one.
	 */
	@Override
	public String toString() {
		return this.all.stream().map(Condition::toString).collect(Collectors.joining(";"));
	}

}
