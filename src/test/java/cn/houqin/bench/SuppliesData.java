package cn.houqin.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Office supplies (篇8): the default categories, 2,000 catalogue items, a year of
 * requisitions whose issues and restocking receipts make the ledger's 1,000,000 movements
 * (popular items drawn by a Zipf law), and the stock counters those movements leave. At
 * the end every stocked item gets a large restocking receipt, so the load that follows
 * measures the requisition path and not "stock short".
 */
final class SuppliesData implements ModuleData {

	record Item(long id, String name, BigDecimal cost, boolean stocked, int maxLevel) {
	}

	static final String[][] CATEGORIES = { { "STOCKED", null, "常用办公用品（适量库存）", "STOCKED" },
			{ "PEN", "STOCKED", "中性笔", "STOCKED" }, { "PAPER", "STOCKED", "打印/复印纸", "STOCKED" },
			{ "TISSUE", "STOCKED", "面巾纸", "STOCKED" }, { "CUP", "STOCKED", "纸杯", "STOCKED" },
			{ "ON_DEMAND", null, "随用随买类", "ON_DEMAND" }, { "FILING", "ON_DEMAND", "文件档案管理类", "ON_DEMAND" },
			{ "DESK", "ON_DEMAND", "桌面用品", "ON_DEMAND" }, { "WRITING", "ON_DEMAND", "文书用品", "ON_DEMAND" },
			{ "COMPUTER", "ON_DEMAND", "电脑用品", "ON_DEMAND" }, { "CONSUMABLE", "ON_DEMAND", "办公耗材", "ON_DEMAND" },
			{ "LIGHTING", "ON_DEMAND", "照明用品", "ON_DEMAND" }, { "EQUIPMENT", "ON_DEMAND", "办公设备（大件物品）", "ON_DEMAND" } };

	static final Map<String, String[]> NAMES = Map.ofEntries(
			Map.entry("PEN", new String[] { "中性笔", "签字笔", "圆珠笔", "中性笔芯", "记号笔", "荧光笔" }),
			Map.entry("PAPER", new String[] { "A4复印纸", "A3复印纸", "B5复印纸", "打印纸", "彩色复印纸" }),
			Map.entry("TISSUE", new String[] { "抽纸", "卷纸", "面巾纸", "湿巾" }),
			Map.entry("CUP", new String[] { "一次性纸杯", "加厚纸杯" }),
			Map.entry("FILING", new String[] { "档案盒", "文件夹", "资料册", "档案袋", "文件袋" }),
			Map.entry("DESK", new String[] { "订书机", "订书钉", "回形针", "剪刀", "固体胶", "透明胶带", "便利贴", "计算器" }),
			Map.entry("WRITING", new String[] { "笔记本", "信纸", "信封", "稿纸", "便签本" }),
			Map.entry("COMPUTER", new String[] { "鼠标", "键盘", "U盘", "移动硬盘", "网线" }),
			Map.entry("CONSUMABLE", new String[] { "硒鼓", "墨盒", "碳粉", "色带" }),
			Map.entry("LIGHTING", new String[] { "LED灯管", "节能灯泡", "插线板" }),
			Map.entry("EQUIPMENT", new String[] { "碎纸机", "装订机", "打印机" }));

	private static final List<String> STOCKED_LEAVES = List.of("PEN", "PAPER", "TISSUE", "CUP");

	private static final String[] BRANDS = { "得力", "晨光", "齐心", "真彩", "广博", "惠普", "联想", "公牛" };

	private static final String[] PURPOSES = { "科室日常办公", "会议材料打印", "年终总结材料", "档案整理", "接待用品", "病历打印", "教学材料", "迎检资料准备",
			"党建活动", "培训班资料" };

	private final Db db;

	private final Draw draw;

	private final long tenant;

	SuppliesData(Db db, Draw draw, long tenant) {
		this.db = db;
		this.draw = draw;
		this.tenant = tenant;
	}

	@Override
	public String table() {
		return "sup_item";
	}

	@Override
	public void generate(OrgData org, double scale, Properties ids) throws Exception {
		Map<String, Long> categories = categories();
		List<Item> items = items(categories, Math.max(100, (int) (2_000 * scale)));
		List<Item> stocked = items.stream().filter(Item::stocked).toList();
		SuppliesLedger ledger = new SuppliesLedger(this.db, this.draw, this.tenant, org, items);
		ledger.year(stocked, Math.max(10_000, (long) (1_000_000 * scale)), PURPOSES);
		List<Item> hot = stocked.subList(0, Math.min(200, stocked.size()));
		ids.setProperty("module.supplies", "true");
		ids.setProperty("param.item", CountyData.join(hot.stream().map(i -> Long.toString(i.id())).toList()));
		// pgbench draws the same items: the stocked items are every third id from the
		// first
		OrgData.Staff clerk = org.staff.get(0);
		ids.setProperty("pgbench.tenant", Long.toString(this.tenant));
		ids.setProperty("pgbench.firstitem", Long.toString(hot.get(0).id()));
		ids.setProperty("pgbench.items", Integer.toString(hot.size()));
		ids.setProperty("pgbench.user", Long.toString(org.staffUserId));
		ids.setProperty("pgbench.staff", Long.toString(clerk.id()));
		ids.setProperty("pgbench.unit", Long.toString(clerk.unitId()));
		ids.setProperty("pgbench.office", Long.toString(org.officeUserId));
		ids.setProperty("param.month",
				CountyData.join(ledger.months()
					.stream()
					.map(m -> "from=" + m + "-01&to=" + java.time.YearMonth.parse(m).atEndOfMonth())
					.toList()));
		// the deepest page the list offers: it counts up to CappedCount.DEFAULT_CAP rows
		long offered = Math.min(ledger.requisitions(), cn.houqin.shared.jpa.CappedCount.DEFAULT_CAP);
		ids.setProperty("param.requisitionLastPage", Long.toString((offered - 1) / 20));
	}

	private Map<String, Long> categories() throws SQLException {
		Map<String, Long> existing = this.db.codes("select code, id from sup_category where tenant_id = ?",
				this.tenant);
		if (!existing.isEmpty()) {
			return existing;
		}
		for (String[] node : CATEGORIES) {
			this.db.update("""
					insert into sup_category (tenant_id, parent_id, code, name, stock_policy, version, created_at)
					values (?, (select id from sup_category where tenant_id = ? and code = ?), ?, ?, ?, 0, now())""",
					this.tenant, this.tenant, node[1], node[0], node[2], node[3]);
		}
		return this.db.codes("select code, id from sup_category where tenant_id = ?", this.tenant);
	}

	private List<Item> items(Map<String, Long> categories, int count) throws SQLException {
		List<String> leaves = new ArrayList<>(NAMES.keySet());
		leaves.removeAll(STOCKED_LEAVES);
		leaves.sort(null);
		long first = this.db.reserveIds("sup_item", count);
		List<Item> items = new ArrayList<>();
		Instant now = Instant.now();
		try (Copy copy = this.db.copy("sup_item", "id, tenant_id, code, name, category_id, specification, unit, "
				+ "reference_price, stock_policy, min_level, max_level, centralised, active, version, created_at")) {
			for (int i = 0; i < count; i++) {
				// a third of the catalogue is kept in stock (适量库存), the rest bought on
				// demand
				String leaf = i % 3 == 0 ? STOCKED_LEAVES.get(i / 3 % STOCKED_LEAVES.size())
						: leaves.get(this.draw.nextInt(leaves.size()));
				boolean isStocked = STOCKED_LEAVES.contains(leaf);
				String[] bases = NAMES.get(leaf);
				String name = BRANDS[this.draw.nextInt(BRANDS.length)] + bases[this.draw.nextInt(bases.length)];
				BigDecimal cost = BigDecimal.valueOf(50 + this.draw.nextInt(isStocked ? 5_000 : 50_000), 2);
				int max = isStocked ? 50 + this.draw.nextInt(450) : 0;
				copy.add(first + i)
					.add(this.tenant)
					.add("BG%05d".formatted(i + 1))
					.add(name)
					.add(categories.get(leaf))
					.add("型号" + (char) ('A' + this.draw.nextInt(26)) + this.draw.nextInt(1000))
					.add(this.draw.oneOf(List.of("支", "包", "箱", "个", "盒", "本")))
					.add(cost)
					.add(isStocked ? "STOCKED" : "ON_DEMAND")
					.add(isStocked ? BigDecimal.valueOf(max / 5) : null)
					.add(isStocked ? BigDecimal.valueOf(max) : null)
					.add(false)
					.add(true)
					.add(0)
					.add(now)
					.end();
				items.add(new Item(first + i, name, cost, isStocked, max));
			}
			this.db.copied("sup_item", copy.rows());
		}
		return items;
	}

	static BigDecimal money(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	static Instant at(LocalDate day, int minute) {
		return day.atTime(1, 0).plusMinutes(minute).toInstant(ZoneOffset.UTC);
	}

}
