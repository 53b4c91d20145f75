package cn.houqin.conduct;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.houqin.conduct.domain.ConductQueries;
import cn.houqin.conduct.domain.StandingService;

/**
 * What other modules may read of conduct: a person's standing on a date, their cycle
 * total, the annual appraisal and promotion flags (篇2 第二十条) for the performance module,
 * and a record's reference for an incident report that cites it.
 */
@Component
public class ConductApi {

	private final StandingService standings;

	private final ConductQueries queries;

	ConductApi(StandingService standings, ConductQueries queries) {
		this.standings = standings;
		this.queries = queries;
	}

	/**
	 * A record of the tenant, for citing it elsewhere (an incident's related records).
	 */
	public Optional<ConductRecordRef> record(long tenantId, long recordId) {
		return this.queries.reference(tenantId, recordId);
	}

	/** The standing in the cycle that contains {@code on}. */
	public Standing standing(long tenantId, long staffId, LocalDate on) {
		return this.standings.standing(tenantId, staffId, on);
	}

	/** The total of the cycle that contains {@code on}, provisional records included. */
	public int cycleTotal(long tenantId, long staffId, LocalDate on) {
		return standing(tenantId, staffId, on).total();
	}

	/** Whether the person may not be rated 优秀 in the cycle containing {@code on}. */
	public boolean excellentBarred(long tenantId, long staffId, LocalDate on) {
		return standing(tenantId, staffId, on).excellentBarred();
	}

	/** Whether the cycle containing {@code on} rates the person 不合格. */
	public boolean appraisalFailed(long tenantId, long staffId, LocalDate on) {
		return standing(tenantId, staffId, on).appraisalFailed();
	}

	/** Whether promotion and grade rise (晋升、晋级) are barred for the cycle. */
	public boolean promotionBarred(long tenantId, long staffId, LocalDate on) {
		return standing(tenantId, staffId, on).promotionBarred();
	}

}
