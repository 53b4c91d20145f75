package cn.houqin.org.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.houqin.org.StaffStatus;

/**
 * The staff sheet as people keep it in Excel: Chinese column headers and Chinese values
 * of the enums, shared by the export, the import template and the import.
 */
public final class StaffSheet {

	public static final String SHEET_NAME = "职工";

	public static final String EMPLOYEE_NO = "工号";

	public static final String NAME = "姓名";

	public static final String GENDER = "性别";

	public static final String ID_CARD = "身份证号";

	public static final String MOBILE = "手机号";

	public static final String UNIT_CODE = "单位编码";

	public static final String UNIT = "单位";

	public static final String POSITION = "岗位";

	public static final String RANK = "职级";

	public static final String CATEGORY = "人员类别";

	public static final String EMPLOYMENT = "用工形式";

	public static final String HIRE_DATE = "入职日期";

	public static final String STATUS = "状态";

	/** Columns of the import file, in template order. */
	public static final List<String> IMPORT_COLUMNS = List.of(EMPLOYEE_NO, NAME, GENDER, ID_CARD, MOBILE, UNIT_CODE,
			POSITION, RANK, CATEGORY, EMPLOYMENT, HIRE_DATE);

	/** Columns an import file must have (the others may be left out). */
	public static final List<String> REQUIRED_COLUMNS = List.of(EMPLOYEE_NO, NAME, GENDER, UNIT_CODE, CATEGORY,
			EMPLOYMENT);

	/** Columns of the export. */
	public static final List<String> EXPORT_COLUMNS = List.of(EMPLOYEE_NO, NAME, GENDER, ID_CARD, MOBILE, UNIT,
			POSITION, RANK, CATEGORY, EMPLOYMENT, HIRE_DATE, STATUS);

	private static final Map<Enum<?>, String> LABELS = Map.ofEntries(Map.entry(Gender.MALE, "男"),
			Map.entry(Gender.FEMALE, "女"), Map.entry(StaffCategory.ADMINISTRATIVE, "行政"),
			Map.entry(StaffCategory.LOGISTICS, "后勤"), Map.entry(StaffCategory.PROFESSIONAL, "专业技术"),
			Map.entry(StaffCategory.WORKER, "工勤"), Map.entry(EmploymentType.ESTABLISHED, "编制内"),
			Map.entry(EmploymentType.CONTRACT, "合同制"), Map.entry(EmploymentType.ENGAGED, "聘用"),
			Map.entry(EmploymentType.DISPATCHED, "劳务派遣"), Map.entry(StaffStatus.ON_DUTY, "在岗"),
			Map.entry(StaffStatus.TRANSFERRED_OUT, "调离"), Map.entry(StaffStatus.RESIGNED, "离职"),
			Map.entry(StaffStatus.RETIRED, "退休"));

	private StaffSheet() {
	}

	public static String label(Enum<?> value) {
		return value == null ? null : LABELS.get(value);
	}

	/** The enum constant whose Chinese label (or constant name) is {@code text}. */
	public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
		if (text == null) {
			return Optional.empty();
		}
		return Arrays.stream(type.getEnumConstants())
			.filter(e -> text.equals(LABELS.get(e)) || text.equalsIgnoreCase(e.name()))
			.findFirst();
	}

	/** One export line: the ID card masked, names resolved. */
	public static List<Object> exportCells(StaffRow row) {
		return Arrays.asList(row.employeeNo(), row.name(), label(row.gender()), row.idCardMasked(), row.mobile(),
				row.unitName(), row.positionName(), row.rankName(), label(row.category()), label(row.employmentType()),
				row.hireDate(), label(row.status()));
	}

	/** The example line of the import template. */
	public static List<Object> exampleCells(String unitCode) {
		return Arrays.asList("E9001", "张三", "男", "11010519491231002X", "13800000000", unitCode, "科员", "科员及以下", "行政",
				"编制内", "2024-03-01");
	}

}
