package cn.houqin.standards.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picks, for each rule (code and qualifiers), the version in force on a day: the tenant's
 * own latest version effective by then if it has one — a local override wins over the
 * national value —, else the latest national version effective by then. A version dated
 * later than the day never applies to it.
 */
final class RuleVersions {

	private static final Comparator<StandardRule> LATEST = Comparator.comparing(StandardRule::getEffectiveFrom)
		.thenComparing(StandardRule::getId, Comparator.nullsFirst(Comparator.naturalOrder()));

	private RuleVersions() {
	}

	static List<StandardRule> inForce(Collection<StandardRule> candidates, LocalDate day) {
		Map<String, List<StandardRule>> byKey = candidates.stream()
			.filter(rule -> rule.inForceOn(day))
			.collect(Collectors.groupingBy(StandardRule::key, LinkedHashMap::new, Collectors.toList()));
		return byKey.values().stream().map(RuleVersions::current).flatMap(Optional::stream).toList();
	}

	private static Optional<StandardRule> current(List<StandardRule> versions) {
		Optional<StandardRule> local = versions.stream().filter(StandardRule::isLocal).max(LATEST);
		return local.isPresent() ? local : versions.stream().max(LATEST);
	}

}
