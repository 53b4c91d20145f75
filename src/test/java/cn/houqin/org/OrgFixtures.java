package cn.houqin.org;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.ScopeGrant;
import cn.houqin.shared.security.ScopeType;

/**
 * Users and records of the demo tenant for org tests.
 */
public final class OrgFixtures {

	public static final List<String> ALL_PERMISSIONS = List.of("org.unit.view", "org.unit.manage", "org.staff.view",
			"org.staff.manage", "org.staff.move", "org.staff.import", "org.staff.export");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private final OrgApi org;

	public OrgFixtures(OrgApi org) {
		this.org = org;
	}

	public long tenantId() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

	public long unitId(String code) {
		return this.org.unitByCode(tenantId(), code).orElseThrow().id();
	}

	public StaffSummary staff(String employeeNo) {
		return this.org.staffByEmployeeNo(tenantId(), employeeNo).orElseThrow();
	}

	public boolean staffExists(String employeeNo) {
		return this.org.staffByEmployeeNo(tenantId(), employeeNo).isPresent();
	}

	/** A user who sees and may do everything in the tenant. */
	public CurrentUser admin() {
		return user(null, ScopeType.TENANT, ALL_PERMISSIONS.toArray(String[]::new));
	}

	/** A user of the hospital (县人民医院) whose grants reach the hospital and below. */
	public CurrentUser hospitalUser(String... permissions) {
		return user(unitId("HOSP"), ScopeType.UNIT_AND_BELOW, permissions);
	}

	public CurrentUser user(Long unitId, ScopeType scope, String... permissions) {
		Map<String, List<ScopeGrant>> grants = Arrays.stream(permissions)
			.collect(Collectors.toMap(Function.identity(), p -> List.of(ScopeGrant.of(scope))));
		return new CurrentUser(900_000 + permissions.length, tenantId(), "org-test", "测试用户", null, unitId,
				Set.of("test"), grants, null, false, true);
	}

	/**
	 * A valid ID-card number (region 110105, born 1980-05-<day>), distinct per sequence.
	 */
	public static String idCard(int sequence) {
		String body = "110105198005%02d%03d".formatted(1 + sequence % 28, 100 + sequence % 900);
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * WEIGHTS[i];
		}
		return body + CHECK[sum % 11];
	}

	/** The same number with a wrong check character. */
	public static String badIdCard(int sequence) {
		String good = idCard(sequence);
		char wrong = good.charAt(17) == '1' ? '2' : '1';
		return good.substring(0, 17) + wrong;
	}

}
