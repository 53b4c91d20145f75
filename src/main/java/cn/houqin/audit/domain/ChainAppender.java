package cn.houqin.audit.domain;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to their tenants' chains with plain JDBC, inside the caller's
 * transaction. Each tenant's chain head is locked ({@code select … for update}) while its
 * entries are sealed, so concurrent appends queue up and sequence numbers stay gap-free.
 * Tenants are locked in ascending order so that two transactions cannot deadlock.
 */
@Component
class ChainAppender {

	private static final String UNIQUE_VIOLATION = "23505";

	private static final String INSERT_ENTRY = """
			insert into aud_entry (tenant_id, seq, occurred_at, actor_id, actor_name, client_address, action,
			    entity_type, entity_id, changes, details, prev_hash, hash)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	ChainAppender(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void append(List<PendingEntry> entries) {
		Map<Long, List<PendingEntry>> byTenant = entries.stream()
			.collect(Collectors.groupingBy(PendingEntry::tenantId, TreeMap::new, Collectors.toList()));
		byTenant.forEach(this::appendToChain);
	}

	private void appendToChain(long tenantId, List<PendingEntry> entries) {
		ChainLink last = lockHead(tenantId);
		long seq = last.seq();
		String prevHash = last.hash();
		List<Object[]> rows = new ArrayList<>(entries.size());
		for (PendingEntry entry : entries) {
			ChainLink link = ChainLink.seal(entry, ++seq, prevHash);
			rows.add(row(link));
			prevHash = link.hash();
		}
		this.jdbc.batchUpdate(INSERT_ENTRY, rows);
		this.jdbc.update("update aud_chain_head set last_seq = ?, last_hash = ? where tenant_id = ?", seq, prevHash,
				tenantId);
	}

	/** The chain's last sequence number and hash, locked until the transaction ends. */
	private ChainLink lockHead(long tenantId) {
		return selectHeadForUpdate(tenantId).orElseGet(() -> {
			insertHeadIfAbsent(tenantId);
			return selectHeadForUpdate(tenantId).orElseThrow();
		});
	}

	private Optional<ChainLink> selectHeadForUpdate(long tenantId) {
		return this.jdbc
			.query("select last_seq, last_hash from aud_chain_head where tenant_id = ? for update",
					(rs, i) -> new ChainLink(null, rs.getLong(1), null, rs.getString(2)), tenantId)
			.stream()
			.findFirst();
	}

	/**
	 * Starts a tenant's chain. Another transaction may start it at the same moment: the
	 * loser's insert fails on the primary key and is rolled back to a savepoint, so its
	 * transaction goes on (PostgreSQL would otherwise abort it).
	 */
	private void insertHeadIfAbsent(long tenantId) {
		this.jdbc.execute((ConnectionCallback<Void>) connection -> {
			Savepoint savepoint = connection.setSavepoint();
			try (PreparedStatement insert = connection
				.prepareStatement("insert into aud_chain_head (tenant_id, last_seq, last_hash) values (?, 0, ?)")) {
				insert.setLong(1, tenantId);
				insert.setString(2, ChainHash.GENESIS);
				insert.executeUpdate();
				connection.releaseSavepoint(savepoint);
			}
			catch (SQLException ex) {
				connection.rollback(savepoint);
				if (!UNIQUE_VIOLATION.equals(ex.getSQLState())) {
					throw ex;
				}
			}
			return null;
		});
	}

	private static Object[] row(ChainLink link) {
		PendingEntry e = link.entry();
		return new Object[] { e.tenantId(), link.seq(), OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC),
				e.actorId(), e.actorName(), e.clientAddress(), e.action(), e.entityType(), e.entityId(), e.changes(),
				e.details(), link.prevHash(), link.hash() };
	}

}
