package cn.houqin.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The benchmark's own sign-ins, stored the way the access module stores them (bcrypt
 * password, SHA-256 of the personal API token): {@code bench-office} holds every built-in
 * role over the whole tenant (the logistics office that issues and browses all day),
 * {@code bench-staff} is a 职工 of one department who submits requisitions.
 */
final class AccessData {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Db db;

	private final long tenant;

	AccessData(Db db, long tenant) {
		this.db = db;
		this.tenant = tenant;
	}

	void generate(OrgData org, Properties out) throws SQLException {
		Map<String, Long> roles = this.db.codes("select code, id from acc_role where tenant_id = ?", this.tenant);
		OrgData.Staff clerk = org.staff.get(0);
		long office = user("bench-office", "基准后勤干部", null, null, out);
		org.officeUserId = office;
		for (long role : roles.values()) {
			this.db.update("insert into acc_user_role (user_id, role_id, scope_type) values (?, ?, 'TENANT')", office,
					role);
		}
		// the logistics office of one institution (the first hospital): store, assets,
		// dispatch in its subtree
		OrgData.Unit institution = org.units.stream()
			.filter(u -> "INSTITUTION".equals(u.type()) && u.parentId() != null)
			.findFirst()
			.orElseThrow();
		long keeper = user("bench-keeper", "基准医院后勤", null, institution.id(), out);
		for (String code : List.of("staff", "logistics", "asset-keeper", "dispatcher", "conduct-office")) {
			if (roles.containsKey(code)) {
				this.db.update(
						"insert into acc_user_role (user_id, role_id, scope_type) values (?, ?, 'UNIT_AND_BELOW')",
						keeper, roles.get(code));
			}
		}
		long staff = user("bench-staff", clerk.name(), clerk.id(), clerk.unitId(), out);
		org.staffUserId = staff;
		this.db.update("insert into acc_user_role (user_id, role_id, scope_type) values (?, ?, 'UNIT')", staff,
				roles.get("staff"));
		out.setProperty("unit.staff", Long.toString(clerk.unitId()));
		everyone(org, roles.get("staff"));
	}

	/**
	 * Every serving staff member has an account (a 职工 of their own unit) that can sign
	 * in.
	 */
	private void everyone(OrgData org, long staffRole) throws SQLException {
		List<OrgData.Staff> people = org.staff;
		long first = this.db.reserveIds("acc_user", people.size());
		String unusable = "{bcrypt}" + new BCryptPasswordEncoder().encode(HexFormat.of().formatHex(bytes(16)));
		Instant now = Instant.now();
		try (Copy copy = this.db.copy("acc_user", "id, tenant_id, username, display_name, password_hash, staff_id, "
				+ "unit_id, enabled, failed_attempts, password_changed_at, must_change_password, version, created_at")) {
			for (int i = 0; i < people.size(); i++) {
				OrgData.Staff person = people.get(i);
				copy.add(first + i)
					.add(this.tenant)
					.add("u" + person.id())
					.add(person.name())
					.add(unusable)
					.add(person.id())
					.add(person.unitId())
					.add(true)
					.add(0)
					.add(now)
					.add(false)
					.add(0)
					.add(now)
					.end();
				org.userOf.put(person.id(), first + i);
			}
			this.db.copied("acc_user", copy.rows());
		}
		try (Copy copy = this.db.copy("acc_user_role", "user_id, role_id, scope_type")) {
			for (int i = 0; i < people.size(); i++) {
				copy.add(first + i).add(staffRole).add("UNIT").end();
			}
			this.db.copied("acc_user_role", copy.rows());
		}
	}

	private long user(String username, String displayName, Long staffId, Long unitId, Properties out)
			throws SQLException {
		String password = "Bench-" + HexFormat.of().formatHex(bytes(8));
		Instant now = Instant.now();
		long id = this.db.id("""
				insert into acc_user (tenant_id, username, display_name, password_hash, staff_id, unit_id, enabled,
				failed_attempts, password_changed_at, must_change_password, version, created_at)
				values (?, ?, ?, ?, ?, ?, true, 0, ?, false, 0, ?) returning id""", this.tenant, username, displayName,
				"{bcrypt}" + new BCryptPasswordEncoder().encode(password), staffId, unitId,
				java.sql.Timestamp.from(now), java.sql.Timestamp.from(now));
		String token = "hq_" + HexFormat.of().formatHex(bytes(32));
		this.db.update(
				"""
						insert into acc_api_token (tenant_id, user_id, name, token_hash, token_prefix, revoked, version, created_at)
						values (?, ?, 'benchmark', ?, ?, false, 0, ?)""",
				this.tenant, id, sha256(token), token.substring(0, 10), java.sql.Timestamp.from(now));
		String key = username.substring("bench-".length());
		out.setProperty("user." + key, username);
		out.setProperty("password." + key, password);
		out.setProperty("token." + key, token);
		return id;
	}

	private static byte[] bytes(int n) {
		byte[] bytes = new byte[n];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
