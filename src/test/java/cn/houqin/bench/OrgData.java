package cn.houqin.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A county's org tree (县机关事务管理局 with hospitals, schools, townships and bureaus, about 300
 * units) and its staff, spread over the units by their size.
 */
final class OrgData {

	record Unit(long id, Long parentId, String path, String code, String name, String type, double weight) {
	}

	record Staff(long id, long unitId, String name) {
	}

	private static final String[] HOSPITALS = { "县人民医院", "县中医院", "县妇幼保健院" };

	private static final String[] HOSPITAL_DEPTS = { "院办公室", "总务科", "财务科", "医务科", "护理部", "内科", "外科", "儿科", "妇产科", "急诊科",
			"药剂科", "检验科", "放射科", "信息科", "保卫科" };

	private static final String[] SCHOOLS = { "县第一中学", "县第二中学", "县职业中学", "县实验小学", "城关小学" };

	private static final String[] SCHOOL_DEPTS = { "校长办公室", "教务处", "政教处", "后勤处", "财务室", "高一年级组", "高二年级组", "高三年级组" };

	private static final String[] TOWNS = { "城关镇", "石桥镇", "河口镇", "青山乡", "龙泉镇", "白沙乡", "新田镇", "马桥乡", "黄土镇", "清水乡", "柳林镇",
			"双河乡" };

	private static final String[] TOWN_DEPTS = { "党政综合办公室", "财政所", "农业综合服务站", "林业站", "水利站", "司法所", "文化站", "社会事务办",
			"综治中心", "便民服务中心" };

	private static final String[] BUREAUS = { "县财政局", "县教育局", "县卫生健康局", "县自然资源局", "县住房和城乡建设局", "县交通运输局", "县农业农村局",
			"县市场监督管理局", "县人力资源和社会保障局", "县民政局" };

	private static final String[] BUREAU_DEPTS = { "办公室", "财务科", "人事科", "政策法规科", "业务一科", "业务二科" };

	private static final String[] ROOT_DEPTS = { "办公室", "资产管理科", "公务用车服务中心", "公共机构节能科", "后勤服务中心" };

	private final Db db;

	private final Draw draw;

	private final long tenant;

	final List<Unit> units = new ArrayList<>();

	final List<Staff> staff = new ArrayList<>();

	/** Staff id to the id of their user account. */
	final Map<Long, Long> userOf = new HashMap<>();

	long officeUserId;

	long staffUserId;

	private long nextUnitId;

	OrgData(Db db, Draw draw, long tenant) {
		this.db = db;
		this.draw = draw;
		this.tenant = tenant;
	}

	OrgData generate(int unitCount, int staffCount) throws SQLException {
		this.nextUnitId = this.db.reserveIds("org_unit", unitCount);
		Unit root = unit(null, "县机关事务管理局", "INSTITUTION", 0.5);
		depts(root, ROOT_DEPTS, 1, unitCount);
		for (int i = 0; this.units.size() < unitCount; i++) {
			int kind = i % 4;
			int n = i / 4;
			if (kind == 0 && n < HOSPITALS.length) {
				Unit hospital = depts(unit(root, HOSPITALS[n], "INSTITUTION", 0.5), HOSPITAL_DEPTS, 3, unitCount);
				for (String team : new String[] { "维修班", "车队", "食堂" }) {
					if (this.units.size() < unitCount) {
						unit(this.units.stream()
							.filter(u -> u.name().equals("总务科") && Long.valueOf(hospital.id()).equals(u.parentId()))
							.findFirst()
							.orElse(hospital), team, "TEAM", 2);
					}
				}
			}
			else if (kind == 1 && n < SCHOOLS.length) {
				depts(unit(root, SCHOOLS[n], "INSTITUTION", 0.5), SCHOOL_DEPTS, 2, unitCount);
			}
			else if (kind == 2 && n < TOWNS.length) {
				depts(unit(root, TOWNS[n] + "人民政府", "INSTITUTION", 0.5), TOWN_DEPTS, 1, unitCount);
			}
			else if (kind == 3 && n < BUREAUS.length) {
				depts(unit(root, BUREAUS[n], "INSTITUTION", 0.5), BUREAU_DEPTS, 1, unitCount);
			}
			else if (n >= BUREAUS.length + TOWNS.length) {
				break;
			}
		}
		copyUnits();
		copyStaff(staffCount);
		return this;
	}

	private Unit depts(Unit parent, String[] names, double weight, int limit) {
		for (String name : names) {
			if (this.units.size() < limit) {
				unit(parent, name, "DEPARTMENT", weight);
			}
		}
		return parent;
	}

	private Unit unit(Unit parent, String name, String type, double weight) {
		long id = this.nextUnitId++;
		String path = (parent == null ? "/" : parent.path()) + id + "/";
		Unit unit = new Unit(id, parent == null ? null : parent.id(), path, "U%04d".formatted(this.units.size() + 1),
				name, type, weight);
		this.units.add(unit);
		return unit;
	}

	private void copyUnits() throws SQLException {
		Instant now = Instant.now();
		try (Copy copy = this.db.copy("org_unit",
				"id, tenant_id, parent_id, code, name, type, active, path, sort_order, version, created_at")) {
			int order = 0;
			for (Unit unit : this.units) {
				copy.add(unit.id())
					.add(this.tenant)
					.add(unit.parentId())
					.add(unit.code())
					.add(unit.name())
					.add(unit.type())
					.add(true)
					.add(unit.path())
					.add(order++)
					.add(0)
					.add(now)
					.end();
			}
			this.db.copied("org_unit", copy.rows());
		}
	}

	private void copyStaff(int count) throws SQLException {
		List<Long> positions = this.db.ids("select id from org_position where tenant_id = ?", this.tenant);
		List<Long> ranks = this.db.ids("select id from org_rank where tenant_id = ?", this.tenant);
		double[] weights = Draw.cumulative(this.units.stream().mapToDouble(Unit::weight).toArray());
		String[] categories = { "ADMINISTRATIVE", "LOGISTICS", "PROFESSIONAL", "WORKER" };
		String[] employment = { "ESTABLISHED", "ESTABLISHED", "ESTABLISHED", "ESTABLISHED", "ESTABLISHED", "CONTRACT",
				"CONTRACT", "ENGAGED", "DISPATCHED" };
		long first = this.db.reserveIds("org_staff", count);
		Instant now = Instant.now();
		try (Copy copy = this.db.copy("org_staff", "id, tenant_id, employee_no, name, gender, mobile, unit_id, "
				+ "position_id, rank_id, category, employment_type, hire_date, status, left_on, version, created_at")) {
			for (int i = 0; i < count; i++) {
				Unit unit = this.units.get(this.draw.pick(weights));
				String name = this.draw.name();
				String status = this.draw.chance(0.96) ? "ON_DUTY" : this.draw.oneOf(List.of("RETIRED", "RESIGNED"));
				LocalDate hired = LocalDate.of(1990, 1, 1).plusDays(this.draw.nextInt(365 * 36));
				copy.add(first + i)
					.add(this.tenant)
					.add("E%05d".formatted(i + 1))
					.add(name)
					.add(this.draw.chance(0.5) ? "MALE" : "FEMALE")
					.add("13%09d".formatted(this.draw.nextInt(1_000_000_000)))
					.add(unit.id())
					.add(positions.isEmpty() ? null : this.draw.oneOf(positions))
					.add(ranks.isEmpty() ? null : this.draw.oneOf(ranks))
					.add(categories[this.draw.nextInt(categories.length)])
					.add(employment[this.draw.nextInt(employment.length)])
					.add(hired)
					.add(status)
					.add("ON_DUTY".equals(status) ? null : this.draw.today().minusDays(this.draw.nextInt(700)))
					.add(0)
					.add(now)
					.end();
				if ("ON_DUTY".equals(status)) {
					this.staff.add(new Staff(first + i, unit.id(), name));
				}
			}
			this.db.copied("org_staff", copy.rows());
		}
	}

}
