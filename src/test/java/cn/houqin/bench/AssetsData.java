package cn.houqin.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Fixed assets: the default classification (when the tenant has none yet) and 50,000
 * asset cards, mostly computers, printers and furniture, held by custodians (a few hold
 * many), bought over twelve years.
 */
final class AssetsData implements ModuleData {

	/**
	 * code, name, parent, useful life in months, capitalisation threshold, standard
	 * equipment.
	 */
	static final Object[][] CATEGORIES = { { "LAND_BUILDINGS", "土地、房屋及构筑物", null, 360, "0.00", null },
			{ "LAND", "土地", "LAND_BUILDINGS", null, null, null },
			{ "BUILDING_STEEL", "房屋（钢结构、钢筋混凝土结构）", "LAND_BUILDINGS", 600, null, null },
			{ "BUILDING_BRICK", "房屋（砖混结构、砖木结构）", "LAND_BUILDINGS", 360, null, null },
			{ "STRUCTURE", "简易房、房屋附属设施、构筑物", "LAND_BUILDINGS", 96, null, null },
			{ "GENERAL_EQUIPMENT", "通用设备", null, 72, "1000.00", null },
			{ "COMPUTER", "计算机", "GENERAL_EQUIPMENT", 72, null, "台式计算机" },
			{ "LAPTOP", "便携式计算机", "GENERAL_EQUIPMENT", 72, null, "便携式计算机" },
			{ "PRINTER", "打印机", "GENERAL_EQUIPMENT", 72, null, "A4黑白打印机" },
			{ "COPIER", "复印机", "GENERAL_EQUIPMENT", 72, null, "复印机" },
			{ "OFFICE_EQUIPMENT", "其他办公设备", "GENERAL_EQUIPMENT", 72, null, null },
			{ "VEHICLE", "车辆", "GENERAL_EQUIPMENT", 96, null, null },
			{ "MACHINERY", "机械设备", "GENERAL_EQUIPMENT", 120, null, null },
			{ "ELECTRICAL", "电气设备、通信设备、仪器仪表", "GENERAL_EQUIPMENT", 60, null, null },
			{ "SPECIAL_EQUIPMENT", "专用设备", null, 60, "1500.00", null },
			{ "MEDICAL", "医疗设备", "SPECIAL_EQUIPMENT", 60, null, null },
			{ "RELICS", "文物和陈列品", null, null, "0.00", null }, { "BOOKS_ARCHIVES", "图书和档案", null, null, "0.00", null },
			{ "FURNITURE", "家具、用具、装具及动植物", null, 180, "1000.00", null },
			{ "DESK", "办公桌", "FURNITURE", 180, null, "办公桌" }, { "CHAIR", "办公椅", "FURNITURE", 180, null, "办公椅" },
			{ "CABINET", "文件柜、保密柜", "FURNITURE", 240, null, null },
			{ "FIXTURES", "用具、装具", "FURNITURE", 60, null, null } };

	/** category, kind, share (per mille), name, lowest and highest price in 元. */
	static final Object[][] KINDS = { { "COMPUTER", "GENERAL_EQUIPMENT", 300, "台式计算机", 3500, 7000 },
			{ "LAPTOP", "GENERAL_EQUIPMENT", 80, "笔记本电脑", 5000, 9000 },
			{ "PRINTER", "GENERAL_EQUIPMENT", 100, "激光打印机", 1200, 4000 },
			{ "COPIER", "GENERAL_EQUIPMENT", 20, "数码复印机", 8000, 30000 },
			{ "OFFICE_EQUIPMENT", "GENERAL_EQUIPMENT", 30, "投影仪", 3000, 9000 },
			{ "ELECTRICAL", "GENERAL_EQUIPMENT", 40, "空调", 2500, 8000 },
			{ "MEDICAL", "SPECIAL_EQUIPMENT", 50, "监护仪", 15000, 120000 },
			{ "DESK", "FURNITURE", 150, "办公桌", 1000, 3000 }, { "CHAIR", "FURNITURE", 150, "办公椅", 1000, 1800 },
			{ "CABINET", "FURNITURE", 80, "文件柜", 1000, 2500 } };

	private static final String[] BUILDINGS = { "行政楼", "门诊楼", "住院楼", "教学楼", "综合楼", "办公楼" };

	private final Db db;

	private final Draw draw;

	private final long tenant;

	AssetsData(Db db, Draw draw, long tenant) {
		this.db = db;
		this.draw = draw;
		this.tenant = tenant;
	}

	@Override
	public String table() {
		return "ast_asset";
	}

	@Override
	public void generate(OrgData org, double scale, Properties ids) throws Exception {
		categories();
		int count = Math.max(500, (int) (50_000 * scale));
		double[] shares = Draw.cumulative(java.util.Arrays.stream(KINDS).mapToDouble(k -> (int) k[2]).toArray());
		double[] holders = Draw.cumulative(Draw.zipfWeights(org.staff.size(), 0.6));
		long first = this.db.reserveIds("ast_asset", count);
		List<Long> custodians = new ArrayList<>();
		Instant now = Instant.now();
		try (Copy copy = this.db
			.copy("ast_asset", "id, tenant_id, asset_no, name, category_code, kind, model, serial_no, "
					+ "supplier, purchase_date, original_value, funding_source, location, unit_id, custodian_staff_id, status, "
					+ "disposed_on, version, created_at")) {
			for (int i = 0; i < count; i++) {
				Object[] kind = KINDS[this.draw.pick(shares)];
				OrgData.Staff custodian = org.staff.get(this.draw.pick(holders));
				if (custodians.size() < 40 && !custodians.contains(custodian.id())) {
					custodians.add(custodian.id());
				}
				int low = (int) kind[4];
				int high = (int) kind[5];
				LocalDate bought = this.draw.today().minusDays(this.draw.nextInt(365 * 12));
				int roll = this.draw.nextInt(100);
				String status = roll < 85 ? "IN_USE" : roll < 92 ? "IDLE"
						: roll < 94 ? "REPAIR" : roll < 95 ? "LENT" : roll < 97 ? "PENDING_DISPOSAL" : "DISPOSED";
				copy.add(first + i)
					.add(this.tenant)
					.add("ZC%08d".formatted(i + 1))
					.add(kind[3])
					.add(kind[0])
					.add(kind[1])
					.add(this.draw.oneOf(List.of("联想", "惠普", "戴尔", "华为", "得力", "震旦", "迈瑞", "格力")) + "-"
							+ (100 + this.draw.nextInt(900)))
					.add("SN" + Long.toString(first + i, 36).toUpperCase())
					.add(this.draw.oneOf(List.of("县政府采购中心", "金桥商贸有限公司", "华信科技有限公司", "永安家具厂")))
					.add(bought)
					.add(BigDecimal.valueOf(low + this.draw.nextInt(high - low + 1)).setScale(2))
					.add(this.draw.chance(0.9) ? "财政拨款" : "自有资金")
					.add(BUILDINGS[this.draw.nextInt(BUILDINGS.length)] + (1 + this.draw.nextInt(6)) + "楼"
							+ (101 + this.draw.nextInt(30)) + "室")
					.add(custodian.unitId())
					.add(custodian.id())
					.add(status)
					.add(status.equals("DISPOSED") ? bought.plusDays(365 * 6 + this.draw.nextInt(365)) : null)
					.add(0)
					.add(now)
					.end();
			}
			this.db.copied("ast_asset", copy.rows());
		}
		if (this.db.update("update ast_number set next_value = ? where tenant_id = ?", count + 1, this.tenant) == 0) {
			this.db.update("insert into ast_number (tenant_id, next_value) values (?, ?)", this.tenant, count + 1);
		}
		ids.setProperty("module.assets", "true");
		ids.setProperty("param.custodian", CountyData.join(custodians.stream().map(String::valueOf).toList()));
	}

	private void categories() throws Exception {
		if (!this.db.ids("select id from ast_category where tenant_id = ?", this.tenant).isEmpty()) {
			return;
		}
		for (Object[] c : CATEGORIES) {
			this.db
				.update("""
						insert into ast_category (tenant_id, code, name, parent_code, kind, useful_life_months,
						capitalisation_threshold, standard_equipment, version, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, now())""",
						this.tenant, c[0], c[1], c[2], c[2] == null ? c[0] : c[2], c[3],
						c[4] == null ? null : new BigDecimal((String) c[4]), c[5]);
		}
	}

}
