package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.houqin.document.ExcelRow;
import cn.houqin.document.RowMapper;

/**
 * Checks one row of a catalogue sheet: required facts, a known category (by code or by
 * name), a reference price above zero, a supply method of 适量库存 or 随用随买 (blank takes the
 * category's), levels above zero with the maximum not below the minimum, and an item code
 * used neither before nor twice in the file.
 */
class ItemRowMapper implements RowMapper<ItemDraft> {

	private final Map<String, CategoryView> categories = new HashMap<>();

	private final Set<String> taken;

	private final Set<String> seen = new HashSet<>();

	ItemRowMapper(List<CategoryView> categories, Set<String> taken) {
		categories.forEach(c -> this.categories.putIfAbsent(c.name(), c));
		categories.forEach(c -> this.categories.put(c.code(), c));
		this.taken = taken;
	}

	@Override
	public ItemDraft map(ExcelRow row) {
		String code = row.required(ItemSheet.CODE);
		if (code != null && code.length() > 64) {
			row.reject(ItemSheet.CODE, "document.import.error.tooLong", 64);
		}
		else if (code != null && (this.taken.contains(code) || !this.seen.add(code))) {
			row.reject(ItemSheet.CODE, "supplies.import.error.duplicateCode", code);
		}
		String name = row.required(ItemSheet.NAME);
		if (name != null && name.length() > 200) {
			row.reject(ItemSheet.NAME, "document.import.error.tooLong", 200);
		}
		String categoryText = row.required(ItemSheet.CATEGORY);
		CategoryView category = categoryText == null ? null : this.categories.get(categoryText);
		if (categoryText != null && category == null) {
			row.reject(ItemSheet.CATEGORY, "supplies.import.error.category", categoryText);
		}
		String specification = row.text(ItemSheet.SPECIFICATION, 200);
		String unit = row.required(ItemSheet.UNIT);
		if (unit != null && unit.length() > 16) {
			row.reject(ItemSheet.UNIT, "document.import.error.tooLong", 16);
		}
		BigDecimal price = positive(row, ItemSheet.PRICE, 2);
		if (price == null && row.text(ItemSheet.PRICE) == null) {
			row.reject(ItemSheet.PRICE, "document.import.error.required");
		}
		StockPolicy policy = policy(row, category);
		BigDecimal min = positive(row, ItemSheet.MIN, 3);
		BigDecimal max = positive(row, ItemSheet.MAX, 3);
		if (min != null && max != null && max.compareTo(min) < 0) {
			row.reject(ItemSheet.MAX, "supplies.item.error.maxBelowMin");
		}
		if (policy == StockPolicy.ON_DEMAND && (min != null || max != null)) {
			row.reject(min != null ? ItemSheet.MIN : ItemSheet.MAX, "supplies.import.error.levelsOnDemand");
		}
		if (row.hasErrors()) {
			return null;
		}
		return new ItemDraft(code, name, category.id(), specification, unit, price, policy, min, max, false, null);
	}

	private static StockPolicy policy(ExcelRow row, CategoryView category) {
		String text = row.text(ItemSheet.POLICY);
		if (text == null) {
			return category == null ? null : category.stockPolicy();
		}
		return switch (text) {
			case "适量库存", "STOCKED" -> StockPolicy.STOCKED;
			case "随用随买", "ON_DEMAND" -> StockPolicy.ON_DEMAND;
			default -> {
				row.reject(ItemSheet.POLICY, "supplies.import.error.policy", text);
				yield null;
			}
		};
	}

	/** A number above zero with at most {@code scale} decimals, or null when blank. */
	private static BigDecimal positive(ExcelRow row, String column, int scale) {
		String text = row.text(column);
		if (text == null) {
			return null;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(text.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			row.reject(column, "supplies.import.error.number", text);
			return null;
		}
		if (value.signum() <= 0) {
			row.reject(column, "supplies.import.error.notPositive", text);
			return null;
		}
		if (value.stripTrailingZeros().scale() > scale) {
			row.reject(column, "supplies.import.error.scale", text, scale);
			return null;
		}
		return value;
	}

}
