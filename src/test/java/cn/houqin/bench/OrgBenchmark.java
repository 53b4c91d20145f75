package cn.houqin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import cn.houqin.org.domain.OrgUnitService;
import cn.houqin.org.domain.StaffQuery;
import cn.houqin.org.domain.StaffService;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.security.ScopeGrant;
import cn.houqin.shared.security.ScopeType;
import cn.houqin.support.PostgresDatabase;
import cn.houqin.support.TestUsers;

/**
 * County profile (PRODUCT.md): 300 org units and 5,000 staff on PostgreSQL; measures the
 * org queries every page uses. Run with {@code ./mvnw test -Pbench}; results go to
 * {@code bench/results/}.
 */
@Tag("bench")
@SpringBootTest
@ContextConfiguration(initializers = PostgresDatabase.class)
class OrgBenchmark {

	private static final int UNITS = 300;

	private static final int STAFF = 5_000;

	private static final int RUNS = 200;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StaffService staff;

	@Autowired
	OrgUnitService units;

	@Autowired
	DataScopes scopes;

	@Test
	void countyProfile() throws Exception {
		long tenant = seed();
		long firstUnit = this.jdbc.queryForObject("select min(id) from org_unit where tenant_id = ?", Long.class,
				tenant);
		DataScope whole = this.scopes.forPermission(TestUsers.tenantWide(tenant, "org.staff.view"), "org.staff.view");
		DataScope branch = this.scopes.forPermission(
				TestUsers.withScope(tenant, firstUnit + 1, ScopeGrant.of(ScopeType.UNIT_AND_BELOW), "org.staff.view"),
				"org.staff.view");
		PageRequest page = PageRequest.of(10, 20, Sort.by("name").and(Sort.by("id")));
		List<String> lines = new ArrayList<>();
		lines.add("# Org benchmark, county profile: %d units, %d staff, PostgreSQL, %d runs each (%s)".formatted(UNITS,
				STAFF, RUNS, Instant.now()));
		lines.add("| query | p50 ms | p95 ms | max ms |");
		lines.add("|---|---|---|---|");
		lines.add(measure("staff list, tenant scope, page 11", () -> this.staff.list(whole, StaffQuery.all(), page)));
		lines.add(measure("staff list, branch scope (unit and below)",
				() -> this.staff.list(branch, StaffQuery.all(), PageRequest.of(0, 20, Sort.by("id")))));
		lines.add(measure("staff search by name, tenant scope",
				() -> this.staff.list(whole, new StaffQuery("王", null, null, null), PageRequest.of(0, 20))));
		lines.add(measure("staff list filtered by unit subtree",
				() -> this.staff.list(whole, new StaffQuery(null, firstUnit + 1, null, null), PageRequest.of(0, 20))));
		lines.add(measure("org tree, tenant scope", () -> this.units.tree(whole)));
		lines.add(measure("scope resolution, unit and below", () -> this.scopes.forPermission(
				TestUsers.withScope(tenant, firstUnit, ScopeGrant.of(ScopeType.UNIT_AND_BELOW), "org.staff.view"),
				"org.staff.view")));
		Path out = Path.of("bench", "results", "org-county.md");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
		lines.forEach(System.out::println);
	}

	private String measure(String name, Supplier<?> query) {
		for (int i = 0; i < 20; i++) {
			query.get();
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			query.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |", name, millis[RUNS / 2],
				millis[(int) (RUNS * 0.95)], millis[RUNS - 1]);
	}

	/**
	 * 1 root, 10 institutions, 289 departments below them; staff spread over all units.
	 */
	private long seed() {
		this.jdbc.update("insert into org_tenant (code, name) values ('bench', '基准测试单位')");
		long tenant = this.jdbc.queryForObject("select id from org_tenant where code = 'bench'", Long.class);
		long root = insertUnit(tenant, null, "/", "B0", "县机关事务管理局");
		List<Long> institutions = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			institutions.add(insertUnit(tenant, root, "/" + root + "/", "B" + i, "单位" + i));
		}
		List<Long> all = new ArrayList<>(institutions);
		all.add(root);
		for (int i = 11; all.size() < UNITS; i++) {
			long parent = institutions.get(i % institutions.size());
			all.add(insertUnit(tenant, parent, "/" + root + "/" + parent + "/", "B" + i, "科室" + i));
		}
		String surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < STAFF; i++) {
			rows.add(new Object[] { tenant, "S%05d".formatted(i), surnames.charAt(i % surnames.length()) + "员工" + i,
					"MALE", "139%08d".formatted(i), all.get(i % all.size()), "ADMINISTRATIVE", "ESTABLISHED",
					"ON_DUTY" });
		}
		this.jdbc.batchUpdate("""
				insert into org_staff (tenant_id, employee_no, name, gender, mobile, unit_id, category,
				employment_type, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		this.jdbc.execute("analyze");
		return tenant;
	}

	private long insertUnit(long tenant, Long parent, String parentPath, String code, String name) {
		this.jdbc.update(
				"insert into org_unit (tenant_id, parent_id, code, name, type, path) values (?, ?, ?, ?, ?, ?)", tenant,
				parent, code, name, parent == null ? "INSTITUTION" : "DEPARTMENT", "pending");
		long id = this.jdbc.queryForObject("select id from org_unit where tenant_id = ? and code = ?", Long.class,
				tenant, code);
		this.jdbc.update("update org_unit set path = ? where id = ?", parentPath + id + "/", id);
		return id;
	}

}
