package cn.houqin.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL {@code COPY … FROM STDIN} (text format), in
 * buffers of about a megabyte.
 */
final class Copy implements AutoCloseable {

	private final CopyIn in;

	private final Writer spool;

	private final StringBuilder buffer = new StringBuilder(1 << 20);

	private boolean firstField = true;

	private long rows;

	Copy(Connection connection, String table, String columns) throws SQLException {
		this.in = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy " + table + " (" + columns + ") from stdin");
		this.spool = null;
	}

	/**
	 * Rows written to a file first, for tables filled side by side (one connection runs
	 * one COPY at a time); {@link #load} copies the file afterwards.
	 */
	Copy(Path file) throws IOException {
		this.in = null;
		this.spool = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
	}

	static long load(Connection connection, String table, String columns, Path file) throws SQLException, IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + table + " (" + columns + ") from stdin", reader, 1 << 20);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	Copy add(Object value) {
		if (!this.firstField) {
			this.buffer.append('\t');
		}
		this.firstField = false;
		if (value == null) {
			this.buffer.append("\\N");
		}
		else if (value instanceof BigDecimal decimal) {
			this.buffer.append(decimal.toPlainString());
		}
		else {
			escape(value.toString());
		}
		return this;
	}

	Copy end() {
		this.buffer.append('\n');
		this.firstField = true;
		this.rows++;
		if (this.buffer.length() > (1 << 20)) {
			flush();
		}
		return this;
	}

	long rows() {
		return this.rows;
	}

	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				default -> this.buffer.append(c);
			}
		}
	}

	private void flush() {
		if (this.spool != null) {
			try {
				this.spool.append(this.buffer);
				this.buffer.setLength(0);
				return;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		try {
			byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
			this.in.writeToCopy(bytes, 0, bytes.length);
			this.buffer.setLength(0);
		}
		catch (SQLException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

	@Override
	public void close() throws SQLException {
		flush();
		if (this.spool != null) {
			try {
				this.spool.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		else {
			this.in.endCopy();
		}
	}

}
