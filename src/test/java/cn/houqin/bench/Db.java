package cn.houqin.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JDBC on the benchmark database: single values, id blocks for bulk copies, and the
 * row counts the report quotes.
 */
final class Db {

	private final Connection connection;

	private final Map<String, Long> copied = new LinkedHashMap<>();

	Db(Connection connection) {
		this.connection = connection;
	}

	Connection connection() {
		return this.connection;
	}

	long id(String sql, Object... args) throws SQLException {
		List<Long> ids = ids(sql, args);
		if (ids.isEmpty()) {
			throw new IllegalStateException("No row for: " + sql);
		}
		return ids.get(0);
	}

	List<Long> ids(String sql, Object... args) throws SQLException {
		try (PreparedStatement statement = prepare(sql, args); ResultSet rows = statement.executeQuery()) {
			List<Long> out = new ArrayList<>();
			while (rows.next()) {
				out.add(rows.getLong(1));
			}
			return out;
		}
	}

	Map<String, Long> codes(String sql, Object... args) throws SQLException {
		try (PreparedStatement statement = prepare(sql, args); ResultSet rows = statement.executeQuery()) {
			Map<String, Long> out = new LinkedHashMap<>();
			while (rows.next()) {
				out.put(rows.getString(1), rows.getLong(2));
			}
			return out;
		}
	}

	int update(String sql, Object... args) throws SQLException {
		try (PreparedStatement statement = prepare(sql, args)) {
			return statement.executeUpdate();
		}
	}

	boolean hasTable(String table) throws SQLException {
		return !ids("select 1 from information_schema.tables where table_schema = current_schema() and table_name = ?",
				table)
			.isEmpty();
	}

	/**
	 * The first of {@code count} fresh ids of an identity column; the column's sequence
	 * is moved past them, so the application's own inserts continue after the copied
	 * rows.
	 */
	long reserveIds(String table, long count) throws SQLException {
		long first = id("select nextval(pg_get_serial_sequence(?, 'id'))", table);
		id("select setval(pg_get_serial_sequence(?, 'id'), ?)", table, first + count - 1);
		return first;
	}

	Copy copy(String table, String columns) throws SQLException {
		return new Copy(this.connection, table, columns);
	}

	void copied(String table, long rows) {
		this.copied.merge(table, rows, Long::sum);
	}

	Map<String, Long> copied() {
		return this.copied;
	}

	private PreparedStatement prepare(String sql, Object... args) throws SQLException {
		PreparedStatement statement = this.connection.prepareStatement(sql);
		for (int i = 0; i < args.length; i++) {
			statement.setObject(i + 1, args[i]);
		}
		return statement;
	}

}
