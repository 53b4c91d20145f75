package cn.houqin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Several tables filled side by side through files, then copied in the order they were
 * opened (parents before children).
 */
final class Spools implements AutoCloseable {

	private final Db db;

	private final Path dir;

	private final Map<String, String> columns = new LinkedHashMap<>();

	private final Map<String, Copy> copies = new LinkedHashMap<>();

	Spools(Db db) throws IOException {
		this.db = db;
		this.dir = Files.createTempDirectory("houqin-bench");
	}

	Copy open(String table, String columns) throws IOException {
		this.columns.put(table, columns);
		Copy copy = new Copy(this.dir.resolve(table + ".tsv"));
		this.copies.put(table, copy);
		return copy;
	}

	/** Copies every spooled table into the database. */
	@Override
	public void close() throws SQLException, IOException {
		for (Map.Entry<String, Copy> entry : this.copies.entrySet()) {
			entry.getValue().close();
			String table = entry.getKey();
			long rows = Copy.load(this.db.connection(), table, this.columns.get(table),
					this.dir.resolve(table + ".tsv"));
			this.db.copied(table, rows);
		}
		Files.deleteIfExists(this.dir);
	}

}
