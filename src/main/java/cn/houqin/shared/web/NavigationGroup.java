package cn.houqin.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A menu of the navigation bar: the entries of one group, in their order.
 *
 * @param labelKey message key of the group, e.g. {@code supplies.nav.group}
 * @param items the entries the user may open
 */
public record NavigationGroup(String labelKey, List<NavigationItem> items) {

	/** The element id of the menu, e.g. {@code nav-supplies-nav-group}. */
	public String id() {
		return "nav-" + this.labelKey.replace('.', '-');
	}

	/** Whether the page shown belongs to this menu. */
	public boolean contains(String path) {
		return path != null && this.items.stream().anyMatch(item -> path.startsWith(item.path()));
	}

	/** Groups entries sorted by order; a group sits where its first entry does. */
	static List<NavigationGroup> of(List<NavigationItem> sorted) {
		Map<String, List<NavigationItem>> groups = new LinkedHashMap<>();
		sorted.forEach(item -> groups.computeIfAbsent(item.group(), key -> new ArrayList<>()).add(item));
		return groups.entrySet().stream().map(group -> new NavigationGroup(group.getKey(), group.getValue())).toList();
	}

}
