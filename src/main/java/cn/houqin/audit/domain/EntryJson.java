package cn.houqin.audit.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.houqin.audit.FieldChange;

/**
 * The stored JSON of an entry's changes ({@code {"name":{"before":"a","after":"b"}}}, in
 * field order) and details ({@code {"key":"value"}}, keys sorted). The stored text is
 * what the hash covers, so it is written once and only read afterwards.
 */
final class EntryJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EntryJson() {
	}

	static String changes(List<FieldChange> changes) {
		if (changes.isEmpty()) {
			return null;
		}
		ObjectNode root = JSON.createObjectNode();
		for (FieldChange change : changes) {
			ObjectNode field = root.putObject(change.field());
			field.put("before", change.before());
			field.put("after", change.after());
		}
		return JSON.writeValueAsString(root);
	}

	static String details(Map<String, String> details) {
		if (details == null || details.isEmpty()) {
			return null;
		}
		return JSON.writeValueAsString(new TreeMap<>(details));
	}

	static List<FieldChange> readChanges(String json) {
		List<FieldChange> changes = new ArrayList<>();
		if (json != null) {
			for (Map.Entry<String, JsonNode> field : JSON.readTree(json).properties()) {
				changes.add(new FieldChange(field.getKey(), text(field.getValue().get("before")),
						text(field.getValue().get("after"))));
			}
		}
		return changes;
	}

	static Map<String, String> readDetails(String json) {
		Map<String, String> details = new LinkedHashMap<>();
		if (json != null) {
			for (Map.Entry<String, JsonNode> entry : JSON.readTree(json).properties()) {
				details.put(entry.getKey(), text(entry.getValue()));
			}
		}
		return details;
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

}
