package cn.houqin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page or API call people make all day, read from {@code bench/scenarios.txt}:
 * {@code name | page or api | module | path}, where {@code {x}} in the path is drawn from
 * the generator's {@code param.x} values on each request.
 */
record Scenario(String name, boolean page, String module, String path, String user) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	static List<Scenario> read(Path file) throws IOException {
		List<Scenario> scenarios = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\|");
			scenarios.add(new Scenario(parts[0].trim(), parts[1].trim().equals("page"), parts[2].trim(),
					parts[3].trim(), parts.length > 4 ? parts[4].trim() : "office"));
		}
		return scenarios;
	}

	/** Whether the module was generated and every placeholder has values. */
	boolean runnable(Properties ids) {
		if (!this.module.equals("org") && ids.getProperty("module." + this.module) == null) {
			return false;
		}
		Matcher matcher = PLACEHOLDER.matcher(this.path);
		while (matcher.find()) {
			if (ids.getProperty("param." + matcher.group(1)) == null) {
				return false;
			}
		}
		return true;
	}

	String resolve(Properties ids, Random random) {
		Matcher matcher = PLACEHOLDER.matcher(this.path);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String[] values = ids.getProperty("param." + matcher.group(1)).split(",");
			matcher.appendReplacement(out, values[random.nextInt(values.length)]);
		}
		matcher.appendTail(out);
		return out.toString();
	}

	String label() {
		return this.name + (this.page ? " (page" : " (API")
				+ (this.user.equals("office") ? ")" : ", " + this.user + ")");
	}

}
