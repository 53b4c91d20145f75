package cn.houqin.org.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.crypto.FieldCipher;

/**
 * The demo tenant (demo profile only): a county 机关事务管理局 with a hospital, a school and a
 * township, their departments, positions, ranks, establishment and about 60 staff. Runs
 * once.
 */
@Component
@Profile("demo")
@Order(5)
class OrgDemoData implements ApplicationRunner {

	static final String TENANT = "demo";

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";

	private static final String[] GIVEN = { "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
			"涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "晓东", "海燕", "志强", "文博" };

	private final Tenants tenants;

	private final OrgUnits units;

	private final Positions positions;

	private final Ranks ranks;

	private final Establishments establishments;

	private final StaffMembers staff;

	private final FieldCipher cipher;

	private final Map<String, OrgUnit> unitsByCode = new HashMap<>();

	private final Map<String, Position> positionsByCode = new HashMap<>();

	private final Map<String, Rank> ranksByName = new HashMap<>();

	private int sequence;

	OrgDemoData(Tenants tenants, OrgUnits units, Positions positions, Ranks ranks, Establishments establishments,
			StaffMembers staff, FieldCipher cipher) {
		this.tenants = tenants;
		this.units = units;
		this.positions = positions;
		this.ranks = ranks;
		this.establishments = establishments;
		this.staff = staff;
		this.cipher = cipher;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.tenants.findByCode(TENANT).isPresent()) {
			return;
		}
		long tenantId = this.tenants.save(new Tenant(TENANT, "示范县机关事务管理局")).getId();
		TenantDefaults.ranks(tenantId).forEach(rank -> this.ranksByName.put(rank.getName(), this.ranks.save(rank)));
		TenantDefaults.positions(tenantId)
			.forEach(position -> this.positionsByCode.put(position.getCode(), this.positions.save(position)));
		units(tenantId);
		people(tenantId);
		establishment(tenantId);
	}

	private void units(long tenantId) {
		unit(tenantId, null, "JGSWJ", "示范县机关事务管理局", UnitType.INSTITUTION);
		unit(tenantId, "JGSWJ", "JGSWJ-BGS", "办公室", UnitType.DEPARTMENT);
		unit(tenantId, "JGSWJ", "JGSWJ-CWK", "财务科", UnitType.DEPARTMENT);
		unit(tenantId, "JGSWJ", "JGSWJ-ZCK", "资产管理科", UnitType.DEPARTMENT);
		unit(tenantId, "JGSWJ", "HOSP", "县人民医院", UnitType.INSTITUTION);
		unit(tenantId, "HOSP", "HOSP-ZWK", "总务科", UnitType.SECTION);
		unit(tenantId, "HOSP-ZWK", "HOSP-ZWK-WX", "维修班", UnitType.TEAM);
		unit(tenantId, "HOSP", "HOSP-YWK", "医务科", UnitType.SECTION);
		unit(tenantId, "HOSP", "HOSP-CWK", "财务科", UnitType.SECTION);
		unit(tenantId, "HOSP", "HOSP-NK", "内科", UnitType.SECTION);
		unit(tenantId, "HOSP", "HOSP-WK", "外科", UnitType.SECTION);
		unit(tenantId, "HOSP", "HOSP-YYK", "营养科", UnitType.SECTION);
		unit(tenantId, "HOSP", "HOSP-BWK", "保卫科", UnitType.SECTION);
		unit(tenantId, "JGSWJ", "SCH", "县第一中学", UnitType.INSTITUTION);
		unit(tenantId, "SCH", "SCH-HQC", "后勤处", UnitType.DEPARTMENT);
		unit(tenantId, "SCH", "SCH-JWC", "教务处", UnitType.DEPARTMENT);
		unit(tenantId, "SCH", "SCH-YW", "语文教研组", UnitType.TEAM);
		unit(tenantId, "SCH", "SCH-SX", "数学教研组", UnitType.TEAM);
		unit(tenantId, "JGSWJ", "TOWN", "城关镇人民政府", UnitType.INSTITUTION);
		unit(tenantId, "TOWN", "TOWN-DZB", "党政办", UnitType.DEPARTMENT);
		unit(tenantId, "TOWN", "TOWN-NYZ", "农业服务站", UnitType.STATION);
		unit(tenantId, "TOWN", "TOWN-CZS", "财政所", UnitType.STATION);
	}

	private void unit(long tenantId, String parent, String code, String name, UnitType type) {
		OrgUnit unit = this.units.saveAndFlush(new OrgUnit(tenantId,
				parent == null ? null : this.unitsByCode.get(parent), code, name, type, this.unitsByCode.size()));
		unit.completePath();
		this.unitsByCode.put(code, this.units.save(unit));
	}

	/** The people behind the demo users come first, with fixed employee numbers. */
	private void people(long tenantId) {
		person(tenantId, "H0001", "张建华", "HOSP", "LEADER", "正科级", StaffCategory.ADMINISTRATIVE, true);
		person(tenantId, "H0002", "李海燕", "HOSP", "LEADER", "副科级", StaffCategory.ADMINISTRATIVE, false);
		person(tenantId, "H0003", "王志强", "HOSP", "LEADER", "副科级", StaffCategory.ADMINISTRATIVE, false);
		person(tenantId, "H0004", "刘晓东", "HOSP-ZWK", "LOGISTICS", "科员及以下", StaffCategory.LOGISTICS, true);
		person(tenantId, "H0005", "陈秀兰", "HOSP-ZWK", "ASSET", "科员及以下", StaffCategory.LOGISTICS, false);
		person(tenantId, "H0006", "杨勇", "HOSP-ZWK-WX", "TECHNICIAN", "科员及以下", StaffCategory.WORKER, true);
		person(tenantId, "H0007", "赵静", "HOSP-YWK", "CLERK", "科员及以下", StaffCategory.ADMINISTRATIVE, true);
		person(tenantId, "H0008", "黄丽", "HOSP-CWK", "ACCOUNTANT", "科员及以下", StaffCategory.PROFESSIONAL, true);
		person(tenantId, "H0009", "周明", "HOSP-NK", "DOCTOR", "科员及以下", StaffCategory.PROFESSIONAL, true);
		person(tenantId, "H0010", "吴娜", "HOSP-NK", "NURSE", "科员及以下", StaffCategory.PROFESSIONAL, false);
		person(tenantId, "T0001", "徐刚", "TOWN-DZB", "DISPATCHER", "科员及以下", StaffCategory.ADMINISTRATIVE, true);
		person(tenantId, "T0002", "孙平", "TOWN-DZB", "DRIVER", "科员及以下", StaffCategory.WORKER, false);
		person(tenantId, "J0001", "胡文博", "JGSWJ-BGS", "CLERK", "副科级", StaffCategory.ADMINISTRATIVE, true);
		String[][] rest = { { "HOSP-NK", "DOCTOR" }, { "HOSP-NK", "NURSE" }, { "HOSP-WK", "DOCTOR" },
				{ "HOSP-WK", "NURSE" }, { "HOSP-YYK", "DOCTOR" }, { "HOSP-BWK", "GUARD" }, { "HOSP-ZWK", "LOGISTICS" },
				{ "SCH-HQC", "LOGISTICS" }, { "SCH-JWC", "CLERK" }, { "SCH-YW", "TEACHER" }, { "SCH-SX", "TEACHER" },
				{ "TOWN-NYZ", "CLERK" }, { "TOWN-CZS", "ACCOUNTANT" }, { "JGSWJ-CWK", "ACCOUNTANT" },
				{ "JGSWJ-ZCK", "ASSET" }, { "HOSP-CWK", "ACCOUNTANT" } };
		for (int i = 0; i < 48; i++) {
			String[] where = rest[i % rest.length];
			String name = SURNAMES.charAt((i * 7 + 3) % SURNAMES.length()) + GIVEN[(i * 5 + 1) % GIVEN.length];
			StaffCategory category = positionsByCode.get(where[1]).getCategory();
			boolean headOfUnit = i < rest.length && this.unitsByCode.get(where[0]).getHeadStaffId() == null
					&& !where[0].startsWith("HOSP-NK");
			person(tenantId, "E%04d".formatted(i + 1), name, where[0], where[1], "科员及以下", category, headOfUnit);
		}
	}

	private void person(long tenantId, String employeeNo, String name, String unitCode, String positionCode,
			String rank, StaffCategory category, boolean head) {
		this.sequence++;
		OrgUnit unit = this.unitsByCode.get(unitCode);
		String idCard = DemoIdCards.number(this.sequence);
		StaffDetails details = new StaffDetails(employeeNo, name, this.sequence % 3 == 0 ? Gender.FEMALE : Gender.MALE,
				idCard, "139%08d".formatted(10_000_000 + this.sequence * 7919), unit.getId(),
				this.positionsByCode.get(positionCode).getId(), this.ranksByName.get(rank).getId(), category,
				this.sequence % 5 == 0 ? EmploymentType.CONTRACT : EmploymentType.ESTABLISHED,
				LocalDate.of(2000 + this.sequence % 24, 1 + this.sequence % 12, 1 + this.sequence % 28));
		StaffMember member = this.staff
			.save(new StaffMember(tenantId, details, new SealedIdCard(this.cipher.encrypt(idCard),
					this.cipher.blindIndex(idCard), IdCardNumber.mask(idCard))));
		if (head) {
			unit.appointHead(member.getId());
			this.units.save(unit);
		}
	}

	/** Approved headcounts; 内科 nurses are deliberately over establishment, as happens. */
	private void establishment(long tenantId) {
		approve(tenantId, "HOSP-NK", "DOCTOR", 4);
		approve(tenantId, "HOSP-NK", "NURSE", 2);
		approve(tenantId, "HOSP-WK", "DOCTOR", 4);
		approve(tenantId, "HOSP-WK", "NURSE", 4);
		approve(tenantId, "HOSP-ZWK", "LOGISTICS", 4);
		approve(tenantId, "HOSP-ZWK", "ASSET", 1);
		approve(tenantId, "TOWN-DZB", "DRIVER", 1);
	}

	private void approve(long tenantId, String unitCode, String positionCode, int headcount) {
		this.establishments.save(new Establishment(tenantId, this.unitsByCode.get(unitCode).getId(),
				this.positionsByCode.get(positionCode).getId(), headcount));
	}

	static List<String> personaEmployeeNumbers() {
		return List.of("H0001", "H0002", "H0003", "H0004", "H0005", "H0006", "H0007", "H0008", "H0009", "T0001",
				"T0002", "J0001");
	}

}
