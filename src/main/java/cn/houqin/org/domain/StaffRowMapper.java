package cn.houqin.org.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.houqin.document.ExcelRow;
import cn.houqin.document.RowMapper;
import cn.houqin.shared.crypto.FieldCipher;
import cn.houqin.shared.security.DataScope;

import static cn.houqin.org.domain.StaffSheet.CATEGORY;
import static cn.houqin.org.domain.StaffSheet.EMPLOYEE_NO;
import static cn.houqin.org.domain.StaffSheet.EMPLOYMENT;
import static cn.houqin.org.domain.StaffSheet.GENDER;
import static cn.houqin.org.domain.StaffSheet.HIRE_DATE;
import static cn.houqin.org.domain.StaffSheet.ID_CARD;
import static cn.houqin.org.domain.StaffSheet.MOBILE;
import static cn.houqin.org.domain.StaffSheet.NAME;
import static cn.houqin.org.domain.StaffSheet.POSITION;
import static cn.houqin.org.domain.StaffSheet.RANK;
import static cn.houqin.org.domain.StaffSheet.UNIT_CODE;

/**
 * Reads one line of the staff sheet into {@link StaffDetails}, checking what registration
 * checks (units in scope, reference names, ID-card checksum, uniqueness in the file and
 * in the tenant) so that the dry run reports every problem before anything is written.
 */
class StaffRowMapper implements RowMapper<StaffDetails> {

	private static final Pattern MOBILE_PATTERN = Pattern.compile("1\\d{10}");

	private final DataScope scope;

	private final StaffMembers staff;

	private final FieldCipher cipher;

	private final Map<String, OrgUnit> unitsByCode;

	private final Map<String, Long> positionsByName;

	private final Map<String, Long> ranksByName;

	private final Map<String, Integer> employeeNosSeen = new HashMap<>();

	private final Map<String, Integer> idCardsSeen = new HashMap<>();

	StaffRowMapper(DataScope scope, StaffMembers staff, FieldCipher cipher, OrgUnits units, Positions positions,
			Ranks ranks) {
		this.scope = scope;
		this.staff = staff;
		this.cipher = cipher;
		long tenantId = scope.tenantId();
		this.unitsByCode = units.findByTenantIdOrderByPathAscSortOrderAsc(tenantId)
			.stream()
			.collect(Collectors.toMap(OrgUnit::getCode, Function.identity()));
		this.positionsByName = positions.findByTenantIdOrderByCode(tenantId)
			.stream()
			.collect(Collectors.toMap(Position::getName, Position::getId, (a, b) -> a));
		this.ranksByName = ranks.findByTenantIdOrderBySortOrder(tenantId)
			.stream()
			.collect(Collectors.toMap(Rank::getName, Rank::getId, (a, b) -> a));
	}

	@Override
	public StaffDetails map(ExcelRow row) {
		String employeeNo = employeeNo(row);
		String name = row.text(NAME, 100);
		if (name == null) {
			row.reject(NAME, "document.import.error.required");
		}
		Gender gender = choice(row, GENDER, Gender.class, true);
		String idCard = idCard(row);
		String mobile = row.text(MOBILE);
		if (mobile != null && !MOBILE_PATTERN.matcher(mobile).matches()) {
			row.reject(MOBILE, "org.import.error.mobile", mobile);
		}
		Long unitId = unit(row);
		Long positionId = reference(row, POSITION, this.positionsByName, "org.import.error.position");
		Long rankId = reference(row, RANK, this.ranksByName, "org.import.error.rank");
		StaffCategory category = choice(row, CATEGORY, StaffCategory.class, true);
		EmploymentType employment = choice(row, EMPLOYMENT, EmploymentType.class, true);
		LocalDate hireDate = row.date(HIRE_DATE);
		if (row.hasErrors()) {
			return null;
		}
		return new StaffDetails(employeeNo, name, gender, idCard, mobile, unitId, positionId, rankId, category,
				employment, hireDate);
	}

	private String employeeNo(ExcelRow row) {
		String employeeNo = row.text(EMPLOYEE_NO, 32);
		if (employeeNo == null) {
			row.reject(EMPLOYEE_NO, "document.import.error.required");
			return null;
		}
		Integer earlier = this.employeeNosSeen.putIfAbsent(employeeNo, row.number());
		if (earlier != null) {
			row.reject(EMPLOYEE_NO, "org.import.error.employeeNoInFile", employeeNo, earlier);
		}
		else if (this.staff.existsByTenantIdAndEmployeeNo(this.scope.tenantId(), employeeNo)) {
			row.reject(EMPLOYEE_NO, "org.staff.error.employeeNoTaken", employeeNo);
		}
		return employeeNo;
	}

	private String idCard(ExcelRow row) {
		String idCard = IdCardNumber.normalise(row.text(ID_CARD));
		if (idCard == null) {
			return null;
		}
		if (!IdCardNumber.isValid(idCard)) {
			row.reject(ID_CARD, "org.staff.error.idCard");
			return idCard;
		}
		Integer earlier = this.idCardsSeen.putIfAbsent(idCard, row.number());
		if (earlier != null) {
			row.reject(ID_CARD, "org.import.error.idCardInFile", earlier);
		}
		else if (this.staff.findByTenantIdAndIdCardIndex(this.scope.tenantId(), this.cipher.blindIndex(idCard))
			.isPresent()) {
			row.reject(ID_CARD, "org.staff.error.idCardTaken");
		}
		return idCard;
	}

	private Long unit(ExcelRow row) {
		String code = row.required(UNIT_CODE);
		if (code == null) {
			return null;
		}
		OrgUnit unit = this.unitsByCode.get(code);
		if (unit == null || !this.scope.permitsUnit(unit.getId())) {
			row.reject(UNIT_CODE, "org.import.error.unitCode", code);
			return null;
		}
		if (!unit.isActive()) {
			row.reject(UNIT_CODE, "org.import.error.unitInactive", code);
		}
		return unit.getId();
	}

	private static Long reference(ExcelRow row, String column, Map<String, Long> byName, String errorKey) {
		String name = row.text(column);
		if (name == null) {
			return null;
		}
		Long id = byName.get(name);
		if (id == null) {
			row.reject(column, errorKey, name);
		}
		return id;
	}

	private static <E extends Enum<E>> E choice(ExcelRow row, String column, Class<E> type, boolean required) {
		String text = required ? row.required(column) : row.text(column);
		if (text == null) {
			return null;
		}
		return StaffSheet.parse(type, text).orElseGet(() -> {
			row.reject(column, "org.import.error.choice", text);
			return null;
		});
	}

}
