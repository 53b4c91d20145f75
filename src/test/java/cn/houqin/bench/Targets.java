package cn.houqin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The targets, checked against a run's measurements (reported, never asserted).
 */
final class Targets {

	private Targets() {
	}

	static String table(Map<Integer, Double> app, Map<Integer, Double> pgbench, String pages, String startedWall,
			String cdsWall, String rssKb) {
		StringBuilder md = new StringBuilder("### Targets\n\n| target | measured | met |\n|---|---|---|\n");
		double bestApp = app.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
		double bestPg = pgbench.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
		double ratio = bestApp / bestPg;
		line(md, "requisition throughput ≥ 50% of pgbench's rate for the same SQL",
				String.format(Locale.ROOT, "best %.1f/s vs best %.1f/s = %.0f%%", bestApp, bestPg, 100 * ratio),
				Double.isNaN(ratio) ? null : ratio >= 0.5);
		double worst = 0;
		List<String> slow = new ArrayList<>();
		int measured = 0;
		for (String row : pages.split("\n")) {
			String[] cells = row.split("\\|");
			if (cells.length > 6 && cells[2].trim().equals("32")) {
				try {
					double p99 = Double.parseDouble(cells[6].trim());
					measured++;
					worst = Math.max(worst, p99);
					if (p99 >= 50) {
						slow.add(cells[1].trim() + String.format(Locale.ROOT, " %.0f ms", p99));
					}
				}
				catch (NumberFormatException ex) {
					// not measured
				}
			}
		}
		line(md, "list pages p99 < 50 ms at 32 connections",
				measured == 0 ? "not measured"
						: String.format(Locale.ROOT, "worst p99 %.1f ms over %d scenarios%s", worst, measured,
								slow.isEmpty() ? "" : "; over: " + String.join(", ", slow)),
				measured == 0 ? null : slow.isEmpty());
		double started = startedWall.isBlank() ? Double.NaN : Double.parseDouble(startedWall);
		double withCds = cdsWall.isBlank() ? Double.NaN : Double.parseDouble(cdsWall);
		double best = Double.isNaN(withCds) ? started : Math.min(started, withCds);
		line(md, "start-up < 10 s",
				String.format(Locale.ROOT, "%.1f s to health UP (the jar)", started) + (Double.isNaN(withCds) ? ""
						: String.format(Locale.ROOT, "; %.1f s with a class-data archive", withCds)),
				Double.isNaN(best) ? null : best < 10);
		double rss = rssKb.isBlank() ? Double.NaN : Long.parseLong(rssKb) / 1024.0;
		line(md, "resident memory < 800 MB after load", String.format(Locale.ROOT, "%.0f MB", rss),
				Double.isNaN(rss) ? null : rss < 800);
		return md.toString();
	}

	private static void line(StringBuilder md, String target, String measured, Boolean met) {
		md.append("| ")
			.append(target)
			.append(" | ")
			.append(measured)
			.append(" | ")
			.append(met == null ? "not measured" : met ? "yes" : "**no**")
			.append(" |\n");
	}

}
