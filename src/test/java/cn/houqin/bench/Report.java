package cn.houqin.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Assembles a run's measurements (environment variables set by {@code bench/run} and the
 * files in {@code bench/work/out}) into {@code bench/results/<run>.md}, and puts the same
 * tables, without the plans, between the markers of {@code docs/performance.md}.
 */
public final class Report {

	static final String START = "<!-- latest-run:start -->";

	static final String END = "<!-- latest-run:end -->";

	private final Path out;

	private final Properties ids = new Properties();

	private Report(Path work) throws IOException {
		this.out = work.resolve("out");
		try (Reader reader = Files.newBufferedReader(work.resolve("ids.properties"))) {
			this.ids.load(reader);
		}
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = CountyData.options(args);
		Report report = new Report(Path.of(options.get("work")));
		Path result = Path.of(options.get("out"));
		String tables = report.tables(result.getFileName().toString());
		Files.writeString(result,
				tables + "\n## Plans of the scenarios (auto_explain, one request each)\n" + report.file("plans.md"));
		Path performance = Path.of(options.get("performance"));
		String doc = Files.exists(performance) ? Files.readString(performance) : START + "\n" + END + "\n";
		int from = doc.indexOf(START);
		int to = doc.indexOf(END);
		Files.writeString(performance,
				doc.substring(0, from + START.length()) + "\n" + tables + "\n" + doc.substring(to));
	}

	private String tables(String resultFile) throws IOException {
		StringBuilder md = new StringBuilder();
		String run = env("RUN");
		md.append("## Latest run: ").append(run);
		if (!env("RUN_LABEL").isBlank()) {
			md.append(" (").append(env("RUN_LABEL")).append(')');
		}
		md.append("\n\n");
		md.append("Measured by `bench/run` (full output with the plans: `bench/results/")
			.append(resultFile)
			.append("`).\n\n");
		md.append("| | |\n|---|---|\n");
		row(md, "machine", Machine.describe());
		row(md, "PostgreSQL", env("PG_VERSION") + " on the same machine (shared_buffers 512MB), loopback");
		row(md, "application", "the jar, `SPRING_PROFILES_ACTIVE=postgres`, JVM options `" + env("HEAP") + "`");
		row(md, "data (scale " + env("SCALE") + " of the county profile)", rows());
		row(md, "database size", env("DB_SIZE"));
		row(md, "time to generate", this.ids.getProperty("generated.seconds") + " s (COPY in one transaction, "
				+ "then VACUUM ANALYZE); " + env("GEN_WALL").replaceAll("(\\.\\d).*", "$1") + " s wall with JVM start");
		row(md, "start-up, empty database (all migrations)",
				env("FIRST_LOG") + " s (log) / " + seconds(env("FIRST_WALL")) + " s to /actuator/health UP");
		row(md, "start-up, generated data",
				env("STARTED_LOG") + " s (log) / " + seconds(env("STARTED_WALL")) + " s to /actuator/health UP");
		if (!env("CDS_WALL").isBlank()) {
			row(md, "start-up, generated data, with a class-data archive (CDS, see bench/README.md)",
					env("CDS_LOG") + " s (log) / " + seconds(env("CDS_WALL")) + " s to /actuator/health UP");
		}
		row(md, "resident memory after load", String.format(Locale.ROOT, "%.0f MB (VmRSS)",
				Long.parseLong(env("RSS_KB").isBlank() ? "0" : env("RSS_KB")) / 1024.0));
		if (!env("LOAD_REQ").isBlank()) {
			row(md, "load average (1, 5, 15 min) when the load started / ended", env("LOAD_REQ") + " / "
					+ env("LOAD_AFTER") + " — 2 cores; above 2, other processes shared the machine");
		}
		row(md, "steps", env("WARMUP") + " s warm-up, then " + env("STEP_SECONDS") + " s measured, per level");
		md.append('\n');
		Map<Integer, Double> app = column(file("requisitions.md"), 1);
		Map<Integer, Double> pgbench = column(file("pgbench.md"), 1);
		md.append(Targets.table(app, pgbench, file("pages.md"), env("STARTED_WALL"), env("CDS_WALL"), env("RSS_KB")));
		md.append("\n### Requisitions: the application vs pgbench running the same SQL\n\n");
		md.append("| connections | application requisitions/s | pgbench transactions/s | application ÷ pgbench |\n");
		md.append("|---|---|---|---|\n");
		for (Map.Entry<Integer, Double> level : app.entrySet()) {
			Double physical = pgbench.get(level.getKey());
			md.append(String.format(Locale.ROOT, "| %d | %.1f | %s | %s |%n", level.getKey(), level.getValue(),
					physical == null ? "n/a" : String.format(Locale.ROOT, "%.1f", physical),
					physical == null || physical == 0 ? "n/a"
							: String.format(Locale.ROOT, "%.0f%%", 100 * level.getValue() / physical)));
		}
		md.append('\n').append(file("requisitions.md"));
		md.append("#### pgbench (`bench/requisition.pgbench`)\n\n").append(file("pgbench.md")).append('\n');
		md.append("#### Statements the application ran per requisition (pg_stat_statements)\n\n")
			.append(Statements.table(this.out.resolve("requisition-statements.csv")))
			.append('\n');
		md.append(file("pages.md"));
		return md.toString();
	}

	private String rows() {
		List<String> parts = new ArrayList<>();
		this.ids.stringPropertyNames()
			.stream()
			.filter(k -> k.startsWith("rows."))
			.sorted()
			.forEach(k -> parts
				.add(String.format(Locale.ROOT, "%s %,d", k.substring(5), Long.parseLong(this.ids.getProperty(k)))));
		return String.join(", ", parts);
	}

	/** Level (first column) to the number in the given column of a Markdown table. */
	static Map<Integer, Double> column(String table, int index) {
		Map<Integer, Double> values = new LinkedHashMap<>();
		for (String line : table.split("\n")) {
			String[] cells = line.split("\\|");
			if (cells.length > index + 1 && cells[1].trim().matches("\\d+")) {
				try {
					values.put(Integer.parseInt(cells[1].trim()), Double.parseDouble(cells[index + 1].trim()));
				}
				catch (NumberFormatException ex) {
					// a level without a measurement
				}
			}
		}
		return values;
	}

	private String file(String name) throws IOException {
		Path path = this.out.resolve(name);
		return Files.exists(path) ? Files.readString(path) : "_(not measured)_\n\n";
	}

	private static void row(StringBuilder md, String key, String value) {
		md.append("| ").append(key).append(" | ").append(value).append(" |\n");
	}

	static String env(String name) {
		String value = System.getenv(name);
		return value == null ? "" : value;
	}

	static String seconds(String value) {
		return value.isBlank() ? "n/a" : String.format(Locale.ROOT, "%.1f", Double.parseDouble(value));
	}

}
