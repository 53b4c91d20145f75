package cn.houqin.bench;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Fills a PostgreSQL database, whose schema the application's Flyway migrations created,
 * with the county profile of PRODUCT.md (scaled by {@code --scale}) in the tenant of
 * {@code --tenant}: org units and staff, the benchmark's sign-ins, and each business
 * module's share as far as its tables exist. Rows go in with COPY, in one transaction.
 *
 * <pre>
 * java -cp … cn.houqin.bench.CountyData --url=jdbc:postgresql://localhost:55432/houqin
 *     --user=houqin --password=… --tenant=bench --scale=1.0 --out=bench/work/ids.properties
 * </pre>
 */
public final class CountyData {

	private CountyData() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		double scale = Double.parseDouble(options.getOrDefault("scale", "1.0"));
		Path out = Path.of(options.getOrDefault("out", "bench/work/ids.properties"));
		long started = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(options.get("url"), options.get("user"),
				options.get("password"))) {
			connection.setAutoCommit(false);
			Db db = new Db(connection);
			long tenant = db.id("select id from org_tenant where code = ?", options.getOrDefault("tenant", "bench"));
			if (db.id("select count(*) from org_staff where tenant_id = ?", tenant) > 0) {
				throw new IllegalStateException("The tenant already has staff; generate into a fresh database");
			}
			Draw draw = new Draw(20261127L, LocalDate.now(ZoneId.of("Asia/Shanghai")));
			Properties ids = new Properties();
			OrgData org = new OrgData(db, draw, tenant).generate(Math.max(30, (int) (300 * scale)),
					Math.max(200, (int) (5_000 * scale)));
			new AccessData(db, tenant).generate(org, ids);
			ids.setProperty("param.unit",
					join(org.units.stream()
						.filter(u -> !"INSTITUTION".equals(u.type()))
						.limit(40)
						.map(u -> Long.toString(u.id()))
						.toList()));
			ids.setProperty("param.staffLastPage", Long.toString((org.staff.size() - 1) / 20));
			for (ModuleData module : List.of(new SuppliesData(db, draw, tenant), new AssetsData(db, draw, tenant),
					new RepairsData(db, draw, tenant), new ConductData(db, draw, tenant))) {
				if (db.hasTable(module.table())) {
					module.generate(org, scale, ids);
				}
				else {
					System.out.println("skipped (no table " + module.table() + ")");
				}
			}
			connection.commit();
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("vacuum analyze");
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			ids.setProperty("generated.seconds", String.format(Locale.ROOT, "%.1f", seconds));
			ids.setProperty("generated.scale", Double.toString(scale));
			db.copied().forEach((table, rows) -> ids.setProperty("rows." + table, Long.toString(rows)));
			Files.createDirectories(out.toAbsolutePath().getParent());
			try (Writer writer = Files.newBufferedWriter(out)) {
				ids.store(writer, "county profile, scale " + scale);
			}
			db.copied().forEach((table, rows) -> System.out.printf(Locale.ROOT, "%-28s %,12d%n", table, rows));
			System.out.printf(Locale.ROOT, "generated in %.1f s%n", seconds);
		}
	}

	static String join(List<String> values) {
		return String.join(",", values);
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 2) {
				options.put(arg.substring(2, eq), arg.substring(eq + 1));
			}
		}
		return options;
	}

}
