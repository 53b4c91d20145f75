package cn.houqin.approval.domain;

import java.util.List;

/**
 * The outcome of routing: the planned steps, or the reason (message key and arguments)
 * the document cannot be submitted.
 */
public record RoutePlan(List<PlannedStep> steps, String refusalKey, List<Object> refusalArguments) {

	static RoutePlan of(List<PlannedStep> steps) {
		return new RoutePlan(List.copyOf(steps), null, List.of());
	}

	static RoutePlan refused(String key, Object... arguments) {
		return new RoutePlan(List.of(), key, List.of(arguments));
	}

	public boolean allowed() {
		return this.refusalKey == null;
	}

}
