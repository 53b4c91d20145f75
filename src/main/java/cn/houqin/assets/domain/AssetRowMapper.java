package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.houqin.document.ExcelRow;
import cn.houqin.document.RowMapper;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffStatus;
import cn.houqin.org.StaffSummary;
import cn.houqin.org.UnitSummary;
import cn.houqin.shared.security.DataScope;

/**
 * Checks one row of an asset register: required facts, a known category, a value at or
 * above its kind's threshold, a unit in the importer's scope, a known custodian, and an
 * asset number used neither before nor twice in the file. Look-ups are cached for the
 * file.
 */
class AssetRowMapper implements RowMapper<AssetRow> {

	private final long tenantId;

	private final Map<String, AssetCategoryView> categories;

	private final Map<String, BigDecimal> thresholds = new HashMap<>();

	private final Map<String, UnitSummary> units = new HashMap<>();

	private final Map<String, Optional<StaffSummary>> staff = new HashMap<>();

	private final Set<String> taken;

	private final Set<String> seen = new HashSet<>();

	private final OrgApi org;

	private final LocalDate today = AssetService.today();

	AssetRowMapper(DataScope scope, CategoryService categoryService, OrgApi org, Set<String> taken) {
		this.tenantId = scope.tenantId();
		this.categories = categoryService.byCode(this.tenantId);
		this.categories.values()
			.forEach(c -> this.thresholds.put(c.code(), categoryService.thresholdOf(this.tenantId, c)));
		for (UnitSummary unit : org.units(this.tenantId)) {
			if (unit.active() && scope.permitsUnit(unit.id())) {
				this.units.put(unit.code(), unit);
			}
		}
		this.org = org;
		this.taken = taken;
	}

	@Override
	public AssetRow map(ExcelRow row) {
		String assetNo = row.text(AssetSheet.ASSET_NO, 40);
		if (assetNo != null && (this.taken.contains(assetNo) || !this.seen.add(assetNo))) {
			row.reject(AssetSheet.ASSET_NO, "assets.import.error.duplicateNo", assetNo);
		}
		String name = row.required(AssetSheet.NAME);
		if (name != null && name.length() > 200) {
			row.reject(AssetSheet.NAME, "document.import.error.tooLong", 200);
		}
		String code = row.required(AssetSheet.CATEGORY);
		AssetCategoryView category = code == null ? null : this.categories.get(code);
		if (code != null && category == null) {
			row.reject(AssetSheet.CATEGORY, "assets.error.unknownCategory", code);
		}
		LocalDate purchased = row.date(AssetSheet.PURCHASE_DATE);
		if (purchased == null && !row.hasErrors()) {
			row.reject(AssetSheet.PURCHASE_DATE, "document.import.error.required");
		}
		else if (purchased != null && purchased.isAfter(this.today)) {
			row.reject(AssetSheet.PURCHASE_DATE, "assets.error.purchaseDate");
		}
		BigDecimal value = money(row);
		if (value != null && category != null && value.compareTo(this.thresholds.get(category.code())) < 0) {
			row.reject(AssetSheet.VALUE, "assets.error.underThreshold",
					this.thresholds.get(category.code()).toPlainString());
		}
		String unitCode = row.required(AssetSheet.UNIT);
		UnitSummary unit = unitCode == null ? null : this.units.get(unitCode);
		if (unitCode != null && unit == null) {
			row.reject(AssetSheet.UNIT, "assets.import.error.unit", unitCode);
		}
		String employeeNo = row.text(AssetSheet.CUSTODIAN);
		Long custodian = null;
		if (employeeNo != null) {
			Optional<StaffSummary> found = this.staff.computeIfAbsent(employeeNo,
					no -> this.org.staffByEmployeeNo(this.tenantId, no));
			if (found.isEmpty() || found.get().status() != StaffStatus.ON_DUTY) {
				row.reject(AssetSheet.CUSTODIAN, "assets.import.error.custodian", employeeNo);
			}
			else {
				custodian = found.get().id();
			}
		}
		if (row.hasErrors()) {
			return null;
		}
		return new AssetRow(assetNo, name, category.code(), category.kind(), row.text(AssetSheet.MODEL, 200),
				row.text(AssetSheet.SERIAL, 100), row.text(AssetSheet.SUPPLIER, 200), purchased, value,
				row.text(AssetSheet.FUNDING, 100), row.text(AssetSheet.LOCATION, 200), unit.id(), custodian);
	}

	private static BigDecimal money(ExcelRow row) {
		String text = row.required(AssetSheet.VALUE);
		if (text == null) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text.replace(",", "").replace("¥", "").strip());
			if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
				row.reject(AssetSheet.VALUE, "assets.import.error.value", text);
				return null;
			}
			return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			row.reject(AssetSheet.VALUE, "assets.import.error.value", text);
			return null;
		}
	}

}
