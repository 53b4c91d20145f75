package cn.houqin.approval;

import java.util.List;

/**
 * The route a document would take, or why it cannot be submitted (e.g. above the unit's
 * own purchasing authority: 政府采购).
 */
public record RoutePreview(boolean allowed, String reason, List<RouteStep> steps) {

	public static RoutePreview refused(String reason) {
		return new RoutePreview(false, reason, List.of());
	}

}
