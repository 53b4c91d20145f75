package cn.houqin.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.audit.AuditActions;
import cn.houqin.audit.AuditApi;
import cn.houqin.audit.AuditEntry;
import cn.houqin.audit.AuditQuery;
import cn.houqin.audit.ChainVerification;
import cn.houqin.shared.web.PageResult;
import cn.houqin.shared.web.Paging;

/**
 * The audit trail behind {@link AuditApi}: explicit events, search and chain
 * verification. Each verification run is itself recorded.
 */
@Service
class AuditTrail implements AuditApi {

	static final String CHAIN_TYPE = "audit.chain";

	private static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurredAt", "seq", "seq", "actor",
			"actorName", "action", "action", "entityType", "entityType");

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt", "seq");

	private final AuditRecorder recorder;

	private final ChainVerifier verifier;

	private final TrailEntries entries;

	AuditTrail(AuditRecorder recorder, ChainVerifier verifier, TrailEntries entries) {
		this.recorder = recorder;
		this.verifier = verifier;
		this.entries = entries;
	}

	@Override
	public void record(String action, String entityType, String entityId, Map<String, String> details) {
		Actor actor = Actor.current();
		submit(actor.tenantOrZero(), actor.userId(), actor.username(), actor.clientAddress(), action, entityType,
				entityId, details);
	}

	@Override
	public void recordAs(long tenantId, Long userId, String username, String action, String entityType, String entityId,
			Map<String, String> details) {
		submit(tenantId, userId, username == null ? Actor.SYSTEM : username, Actor.current().clientAddress(), action,
				entityType, entityId, details);
	}

	@Override
	@Transactional
	public ChainVerification verify(long tenantId) {
		ChainVerification result = this.verifier.verify(tenantId);
		Actor actor = Actor.current();
		submit(tenantId, actor.userId(), actor.username(), actor.clientAddress(), AuditActions.VERIFY, CHAIN_TYPE,
				Long.toString(tenantId),
				Map.of("result", result.reasonKey(), "checked", Long.toString(result.checked()), "brokenSeq",
						result.firstBrokenSeq() == null ? "" : result.firstBrokenSeq().toString()));
		return result;
	}

	@Override
	@Transactional(readOnly = true)
	public PageResult<AuditEntry> search(long tenantId, AuditQuery query, Integer page, Integer size, String sort) {
		Pageable pageable = Paging.of(page, size, sort, SORTABLE, NEWEST_FIRST);
		return PageResult.of(this.entries.search(tenantId, query == null ? AuditQuery.all() : query, pageable),
				TrailEntry::toRecord);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AuditEntry> entry(long tenantId, long id) {
		return this.entries.find(tenantId, id).map(TrailEntry::toRecord);
	}

	private void submit(long tenantId, Long userId, String username, String clientAddress, String action,
			String entityType, String entityId, Map<String, String> details) {
		this.recorder.submit(new PendingEntry(tenantId, Instant.now().truncatedTo(ChronoUnit.MILLIS), userId, username,
				clientAddress, action, entityType, entityId, null, EntryJson.details(details)));
	}

}
