package cn.houqin.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.houqin.audit.ChainVerification;

/**
 * Recomputes a tenant's chain page by page: every entry must follow the one before it
 * without a gap, link to its hash and hash to its stored value, and the last entry must
 * be the one the chain head names. The head is read first, so entries appended meanwhile
 * are not mistaken for a break.
 */
@Component
class ChainVerifier {

	static final int PAGE_SIZE = 500;

	private static final String PAGE = """
			select tenant_id, seq, occurred_at, actor_id, actor_name, client_address, action, entity_type,
			    entity_id, changes, details, prev_hash, hash
			from aud_entry where tenant_id = ? and seq > ? and seq <= ? order by seq
			fetch first %d rows only""".formatted(PAGE_SIZE);

	private final JdbcTemplate jdbc;

	ChainVerifier(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	ChainVerification verify(long tenantId) {
		Optional<ChainLink> head = head(tenantId);
		long lastSeq = head.map(ChainLink::seq).orElse(Long.MAX_VALUE);
		Walk walk = new Walk();
		List<ChainLink> page;
		do {
			page = this.jdbc.query(PAGE, ChainVerifier::link, tenantId, walk.seq, lastSeq);
			for (ChainLink link : page) {
				if (!walk.step(link)) {
					return walk.result;
				}
			}
		}
		while (page.size() == PAGE_SIZE);
		return walk.finish(head.orElse(null));
	}

	private Optional<ChainLink> head(long tenantId) {
		return this.jdbc
			.query("select last_seq, last_hash from aud_chain_head where tenant_id = ?",
					(rs, i) -> new ChainLink(null, rs.getLong(1), null, rs.getString(2)), tenantId)
			.stream()
			.findFirst();
	}

	private static ChainLink link(ResultSet rs, int row) throws SQLException {
		PendingEntry entry = new PendingEntry(rs.getLong("tenant_id"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", Long.class),
				rs.getString("actor_name"), rs.getString("client_address"), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("changes"),
				rs.getString("details"));
		return new ChainLink(entry, rs.getLong("seq"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	/** Walks the chain from its start, remembering the last intact link. */
	private static final class Walk {

		private long seq;

		private String hash = ChainHash.GENESIS;

		private long checked;

		private ChainVerification result;

		boolean step(ChainLink link) {
			if (link.seq() != this.seq + 1) {
				return fail(this.seq + 1, ChainVerification.MISSING);
			}
			this.checked++;
			if (!link.isIntact()) {
				return fail(link.seq(), ChainVerification.ALTERED);
			}
			if (!link.prevHash().equals(this.hash)) {
				return fail(link.seq(), ChainVerification.UNLINKED);
			}
			this.seq = link.seq();
			this.hash = link.hash();
			return true;
		}

		ChainVerification finish(ChainLink head) {
			if (head == null) {
				return this.seq == 0 ? ChainVerification.intact(0)
						: ChainVerification.broken(this.checked, this.seq, ChainVerification.HEAD_MISMATCH);
			}
			if (head.seq() > this.seq) {
				return ChainVerification.broken(this.checked, this.seq + 1, ChainVerification.MISSING);
			}
			if (!head.hash().equals(this.hash)) {
				return ChainVerification.broken(this.checked, head.seq(), ChainVerification.HEAD_MISMATCH);
			}
			return ChainVerification.intact(this.checked);
		}

		private boolean fail(long seq, String reason) {
			this.result = ChainVerification.broken(this.checked, seq, reason);
			return false;
		}

	}

}
