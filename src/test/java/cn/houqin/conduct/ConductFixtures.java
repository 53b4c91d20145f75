package cn.houqin.conduct;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;

/**
 * Demo users and staff for the conduct tests, and request bodies of the API contract.
 */
public final class ConductFixtures {

	private final UserDirectory users;

	private final OrgApi org;

	public ConductFixtures(UserDirectory users, OrgApi org) {
		this.users = users;
		this.org = org;
	}

	public long tenantId() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

	public CurrentUser user(String username) {
		return this.users.loadUserByUsername(username);
	}

	public long staffId(String employeeNo) {
		return this.org.staffByEmployeeNo(tenantId(), employeeNo).orElseThrow().id();
	}

	/** A record body: each pair is staff id and points. */
	public static String record(String offenceCode, String occurredOn, Map<Long, Integer> persons) {
		String people = persons.entrySet()
			.stream()
			.map(p -> "{\"staffId\":" + p.getKey() + ",\"points\":" + p.getValue() + "}")
			.collect(Collectors.joining(","));
		return "{\"offenceCode\":\"" + offenceCode + "\",\"occurredOn\":\"" + occurredOn
				+ "\",\"source\":\"DAILY_SUPERVISION\",\"description\":\"日常督查发现\",\"persons\":[" + people + "]}";
	}

	public static String record(String offenceCode, String occurredOn, long staffId, int points) {
		return record(offenceCode, occurredOn, Map.of(staffId, points));
	}

	public static List<String> roles() {
		return List.of("demo-staff", "demo-dept-head", "demo-unit-head", "demo-logistics", "demo-auditor",
				"demo-admin");
	}

}
