package cn.houqin.approval.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The split-purchase watch (化整为零, spec "approval"): for an approval, the same unit's
 * requests of the same type (and category, when the approval has one) in the 30 days up
 * to its submission, not rejected, whose sum passes a boundary of the approval's policy
 * that every one of them stays within.
 */
@Component
class SplitWatch {

	static final Duration WINDOW = Duration.ofDays(30);

	private final Approvals approvals;

	private final ApprovalPolicies policies;

	SplitWatch(Approvals approvals, ApprovalPolicies policies) {
		this.approvals = approvals;
		this.policies = policies;
	}

	Optional<SplitWarning> check(Approval approval, Names.Lookup names) {
		List<Approval> window = this.approvals.sameUnitAndType(approval.getTenantId(), approval.getUnitId(),
				approval.getDocumentType(), approval.getSubmittedAt().minus(WINDOW), approval.getSubmittedAt());
		return evaluate(approval, window, boundaries(approval, new HashMap<>()), names);
	}

	/** Every approval since {@code from} that has a warning, newest first. */
	List<SplitWarning> report(long tenantId, Instant from, java.util.function.LongPredicate unitVisible,
			Names.Lookup names) {
		List<Approval> all = this.approvals.submittedSince(tenantId, from.minus(WINDOW));
		Map<Long, List<BigDecimal>> boundaryCache = new HashMap<>();
		List<SplitWarning> warnings = new ArrayList<>();
		for (Approval approval : all) {
			if (approval.getSubmittedAt().isBefore(from) || !unitVisible.test(approval.getUnitId())) {
				continue;
			}
			List<Approval> window = all.stream()
				.filter(other -> other.getUnitId() == approval.getUnitId()
						&& other.getDocumentType().equals(approval.getDocumentType())
						&& !other.getSubmittedAt().isBefore(approval.getSubmittedAt().minus(WINDOW))
						&& !other.getSubmittedAt().isAfter(approval.getSubmittedAt()))
				.toList();
			evaluate(approval, window, boundaries(approval, boundaryCache), names).ifPresent(warnings::add);
		}
		warnings.sort(Comparator.comparing(SplitWarning::to).reversed());
		return warnings;
	}

	private static Optional<SplitWarning> evaluate(Approval approval, List<Approval> window, List<BigDecimal> bounds,
			Names.Lookup names) {
		List<Approval> group = window.stream()
			.filter(other -> approval.getCategory() == null
					|| Objects.equals(approval.getCategory(), other.getCategory()))
			.toList();
		if (group.size() < 2) {
			return Optional.empty();
		}
		BigDecimal total = group.stream().map(Approval::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal largest = group.stream().map(Approval::getAmount).max(Comparator.naturalOrder()).orElseThrow();
		return bounds.stream()
			.filter(bound -> largest.compareTo(bound) <= 0 && total.compareTo(bound) > 0)
			.max(Comparator.naturalOrder())
			.map(bound -> new SplitWarning(approval.getId(), approval.getDocumentType(),
					names.unit(approval.getUnitId()), approval.getCategory(), group.size(), total, bound,
					group.stream().map(Approval::getId).toList(), group.get(0).getSubmittedAt(),
					approval.getSubmittedAt()));
	}

	private List<BigDecimal> boundaries(Approval approval, Map<Long, List<BigDecimal>> cache) {
		return cache.computeIfAbsent(approval.getPolicyId(),
				id -> this.policies.findById(id).map(policy -> policy.rules().boundaries()).orElse(List.of()));
	}

}
