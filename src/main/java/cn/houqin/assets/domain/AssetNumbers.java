package cn.houqin.assets.domain;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out asset numbers (ZC00000001…) per tenant from a counter row, in blocks for
 * imports; the counter row is locked by the update until the transaction ends.
 */
@Component
class AssetNumbers {

	private final JdbcTemplate jdbc;

	AssetNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String next(long tenantId) {
		return format(reserve(tenantId, 1));
	}

	/** Reserves {@code count} numbers; returns the first. */
	long reserve(long tenantId, int count) {
		if (this.jdbc.update("update ast_number set next_value = next_value + ? where tenant_id = ?", count,
				tenantId) == 0) {
			try {
				this.jdbc.update("insert into ast_number (tenant_id, next_value) values (?, ?)", tenantId, 1 + count);
			}
			catch (DuplicateKeyException ex) {
				this.jdbc.update("update ast_number set next_value = next_value + ? where tenant_id = ?", count,
						tenantId);
			}
		}
		Long next = this.jdbc.queryForObject("select next_value from ast_number where tenant_id = ?", Long.class,
				tenantId);
		return next - count;
	}

	static String format(long value) {
		return "ZC" + String.format("%08d", value);
	}

}
