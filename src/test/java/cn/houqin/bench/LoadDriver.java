package cn.houqin.bench;

import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load from a second process against the running jar on loopback, in bounded steps (a
 * warm-up, then a fixed measured duration) at fixed concurrency levels. Phases:
 * {@code requisitions} (submit + issue through the API), {@code pages} (the lists people
 * open all day, as HTML pages with a signed-in session and as API calls with a token) and
 * {@code plans} (each scenario once, marked in the PostgreSQL log so its plans can be
 * read). Appends Markdown tables to {@code --out}.
 */
public final class LoadDriver {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private final Map<String, String> options;

	private final Properties ids = new Properties();

	private final String base;

	private final Path out;

	private LoadDriver(Map<String, String> options) throws Exception {
		this.options = options;
		try (Reader reader = Files.newBufferedReader(Path.of(options.get("ids")))) {
			this.ids.load(reader);
		}
		this.base = options.get("base");
		this.out = Path.of(options.get("out"));
	}

	public static void main(String[] args) throws Exception {
		LoadDriver driver = new LoadDriver(CountyData.options(args));
		switch (driver.options.get("phase")) {
			case "requisitions" -> driver.requisitions();
			case "pages" -> driver.pages();
			case "plans" -> driver.plans();
			default -> throw new IllegalArgumentException("phase: requisitions, pages or plans");
		}
	}

	private int[] levels(String key, String fallback) {
		return Arrays.stream(this.options.getOrDefault(key, fallback).split(",")).mapToInt(Integer::parseInt).toArray();
	}

	private Steps steps() {
		return new Steps(Double.parseDouble(this.options.getOrDefault("warmup", "3")),
				Double.parseDouble(this.options.getOrDefault("seconds", "10")));
	}

	private void requisitions() throws Exception {
		if (this.ids.getProperty("module.supplies") == null) {
			write("_Requisition load skipped: the supplies module is not in this build._", "");
			return;
		}
		List<String> rows = new ArrayList<>();
		rows.add(
				"| connections | requisitions/s (submit + issue) | submit p50 / p95 / p99 ms | issue p50 / p95 / p99 ms "
						+ "| pair p99 ms | errors |");
		rows.add("|---|---|---|---|---|---|");
		String[] items = this.ids.getProperty("param.item").split(",");
		for (int level : levels("levels", "1,4,8,16,32")) {
			List<RequisitionCall> calls = new ArrayList<>();
			Steps.Result result = steps().run(level, thread -> {
				RequisitionCall call = new RequisitionCall(Session.api(this.base, this.ids.getProperty("token.staff")),
						Session.api(this.base, this.ids.getProperty("token.office")), items, new Random(thread));
				synchronized (calls) {
					calls.add(call);
				}
				return call;
			});
			Latencies submit = new Latencies();
			Latencies issue = new Latencies();
			calls.forEach(call -> {
				submit.addAll(call.submit);
				issue.addAll(call.issue);
			});
			rows.add(String.format(Locale.ROOT, "| %d | %.1f | %s | %s | %.1f | %s |", level, result.throughput(),
					submit.row().replace(" | ", " / "), issue.row().replace(" | ", " / "),
					result.latencies().percentile(99), result.errorText()));
			System.out.println(rows.get(rows.size() - 1));
		}
		write("### Requisitions: submit + issue through the API", String.join("\n", rows));
	}

	private void pages() throws Exception {
		List<Scenario> scenarios = Scenario.read(Path.of(this.options.get("scenarios")));
		List<String> rows = new ArrayList<>();
		rows.add("| scenario | connections | requests/s | p50 ms | p95 ms | p99 ms | errors |");
		rows.add("|---|---|---|---|---|---|---|");
		for (Scenario scenario : scenarios) {
			if (!scenario.runnable(this.ids)) {
				rows.add("| " + scenario.label() + " | – | not in this build | | | | |");
				continue;
			}
			for (int level : levels("page-levels", "1,32")) {
				Steps.Result result = steps().run(level, thread -> pageCall(scenario, new Random(thread * 31L + 7)));
				rows.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %s |", scenario.label(), level,
						result.throughput(), result.latencies().row(), result.errorText()));
				System.out.println(rows.get(rows.size() - 1));
			}
		}
		write("### Pages and API lists", String.join("\n", rows));
	}

	private Steps.Call pageCall(Scenario scenario, Random random) throws Exception {
		String who = scenario.user();
		Session session = scenario.page()
				? Session.browser(this.base, this.ids.getProperty("user." + who),
						this.ids.getProperty("password." + who))
				: Session.api(this.base, this.ids.getProperty("token." + who));
		return () -> {
			HttpResponse<String> response = session.get(scenario.resolve(this.ids, random));
			return response.statusCode();
		};
	}

	/**
	 * Each scenario once, between markers in the PostgreSQL log (auto_explain writes the
	 * plans).
	 */
	private void plans() throws Exception {
		List<Scenario> scenarios = Scenario.read(Path.of(this.options.get("scenarios")));
		try (Connection db = DriverManager.getConnection(this.options.get("db-url"), this.options.get("db-user"),
				this.options.get("db-password")); Statement statement = db.createStatement()) {
			for (Scenario scenario : scenarios) {
				if (!scenario.runnable(this.ids)) {
					continue;
				}
				Steps.Call call = pageCall(scenario, new Random(1));
				call.call();
				statement.execute("do $$ begin raise log 'BENCH-SCENARIO-START %', '"
						+ scenario.label().replace("'", "") + "'; end $$");
				int status = call.call();
				statement.execute("do $$ begin raise log 'BENCH-SCENARIO-END %', " + status + "; end $$");
			}
		}
	}

	private void write(String title, String table) throws Exception {
		Files.writeString(this.out, title + "\n\n" + table + "\n\n", StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}

	/** One requisition submitted by a staff member and issued by the store keeper. */
	private static final class RequisitionCall implements Steps.Call {

		final Latencies submit = new Latencies();

		final Latencies issue = new Latencies();

		private final Session staff;

		private final Session office;

		private final String[] items;

		private final Random random;

		RequisitionCall(Session staff, Session office, String[] items, Random random) {
			this.staff = staff;
			this.office = office;
			this.items = items;
			this.random = random;
		}

		@Override
		public int call() throws Exception {
			// as pgbench's random_exponential(0, n - 1, 3.0): popular items more often
			double cut = Math.exp(-3.0);
			double x = -Math.log(cut + (1 - cut) * (1.0 - this.random.nextDouble())) / 3.0;
			String item = this.items[Math.min(this.items.length - 1, (int) (this.items.length * x))];
			String body = "{\"purpose\":\"科室日常办公\",\"lines\":[{\"itemId\":" + item + ",\"quantity\":1}]}";
			long start = System.nanoTime();
			HttpResponse<String> submitted = this.staff.postJson("/api/v1/supplies/requisitions", body);
			long submittedAt = System.nanoTime();
			if (submitted.statusCode() != 201) {
				return submitted.statusCode();
			}
			Matcher id = ID.matcher(submitted.body());
			if (!id.find()) {
				return 599;
			}
			HttpResponse<String> issued = this.office
				.postJson("/api/v1/supplies/requisitions/" + id.group(1) + "/issue", "{}");
			if (issued.statusCode() / 100 != 2) {
				return issued.statusCode();
			}
			this.submit.add(submittedAt - start);
			this.issue.add(System.nanoTime() - submittedAt);
			return 200;
		}

	}

}
