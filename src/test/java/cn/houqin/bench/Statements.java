package cn.houqin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements pg_stat_statements counted during the requisition load, as a Markdown
 * table (exported by psql as CSV: calls, per_requisition, rows, statement).
 */
final class Statements {

	private Statements() {
	}

	static String table(Path csv) throws IOException {
		if (!Files.exists(csv)) {
			return "_(not measured)_\n";
		}
		StringBuilder md = new StringBuilder("| calls | per requisition | rows | statement |\n|---|---|---|---|\n");
		List<String> lines = Files.readAllLines(csv);
		for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
			List<String> cells = cells(line);
			if (cells.size() >= 4) {
				md.append("| ")
					.append(cells.get(0))
					.append(" | ")
					.append(cells.get(1))
					.append(" | ")
					.append(cells.get(2))
					.append(" | `")
					.append(cells.get(3).replace("|", "\\|").replace("`", "'"))
					.append("` |\n");
			}
		}
		return md.toString();
	}

	private static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else {
					quoted = !quoted;
				}
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}
