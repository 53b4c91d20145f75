package cn.houqin.standards.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.web.NotFoundException;
import cn.houqin.standards.StandardSubject;

/**
 * Reads the standard sets and rules a tenant sees: the national defaults and its own.
 */
@Service
@Transactional(readOnly = true)
public class StandardsCatalogue {

	private static final Comparator<RuleView> BY_SUBJECT_AND_CODE = Comparator.comparing(RuleView::subject)
		.thenComparing(RuleView::code)
		.thenComparing(RuleView::conditions);

	private final StandardSets sets;

	private final StandardRules rules;

	StandardsCatalogue(StandardSets sets, StandardRules rules) {
		this.sets = sets;
		this.rules = rules;
	}

	/** Today in China, the default day for reading rules in force. */
	public static LocalDate today() {
		return LocalDate.now(StandardChecker.ZONE);
	}

	public List<SetView> sets(long tenantId) {
		Map<Long, Long> counts = this.rules.findByTenantIdIn(Visibility.of(tenantId))
			.stream()
			.collect(Collectors.groupingBy(rule -> rule.getSet().getId(), Collectors.counting()));
		return this.sets.findByTenantIdInOrderByTenantIdAscEffectiveOnDescIdAsc(Visibility.of(tenantId))
			.stream()
			.map(set -> SetView.of(set, counts.getOrDefault(set.getId(), 0L)))
			.toList();
	}

	public SetView set(long tenantId, long id) {
		StandardSet set = this.sets.findByTenantIdInAndId(Visibility.of(tenantId), id)
			.orElseThrow(() -> new NotFoundException("StandardSet", id));
		return SetView.of(set, this.rules.countBySet(set));
	}

	/** The rules in force on a day (one version each), optionally of one subject. */
	public List<RuleView> rulesInForce(long tenantId, StandardSubject subject, LocalDate day) {
		List<StandardRule> candidates = subject == null ? this.rules.findByTenantIdIn(Visibility.of(tenantId))
				: this.rules.findByTenantIdInAndSubject(Visibility.of(tenantId), subject);
		return RuleVersions.inForce(candidates, day).stream().map(RuleView::of).sorted(BY_SUBJECT_AND_CODE).toList();
	}

	/** The tenant's versions that take effect after the day. */
	public List<RuleView> scheduled(long tenantId, LocalDate day) {
		return this.rules.findByTenantIdAndEffectiveFromAfterOrderByEffectiveFromAscCodeAsc(tenantId, day)
			.stream()
			.map(RuleView::of)
			.toList();
	}

	public RuleView rule(long tenantId, long id) {
		return this.rules.findByTenantIdInAndId(Visibility.of(tenantId), id)
			.map(RuleView::of)
			.orElseThrow(() -> new NotFoundException("StandardRule", id));
	}

	/** The rule codes a tenant may check against, for pickers. */
	public List<String> ruleCodes(long tenantId) {
		return this.rules.findByTenantIdIn(Visibility.of(tenantId))
			.stream()
			.map(StandardRule::getCode)
			.distinct()
			.sorted()
			.toList();
	}

	/** The rules in force today grouped by subject, in subject order. */
	public Map<StandardSubject, List<RuleView>> bySubject(List<RuleView> rules) {
		return rules.stream()
			.collect(Collectors.groupingBy(RuleView::subject, () -> new java.util.EnumMap<>(StandardSubject.class),
					Collectors.mapping(Function.identity(), Collectors.toList())));
	}

}
