package cn.houqin.conduct.domain;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each tenant's own offence catalogue, by default the seed's (the rows of tenant 0). A
 * tenant that has none yet gets a copy on its first use, written in a transaction of its
 * own so that read-only callers can trigger it; of two first uses at once, one copy wins.
 */
@Component
class OffenceCatalogue {

	/** The tenant whose rows are the seed's catalogue. */
	static final long SEED = 0;

	private final Offences offences;

	private final TransactionTemplate separate;

	OffenceCatalogue(Offences offences, PlatformTransactionManager transactions) {
		this.offences = offences;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void ensure(long tenantId) {
		if (tenantId == SEED || this.offences.existsByTenantId(tenantId)) {
			return;
		}
		try {
			this.separate.executeWithoutResult(status -> {
				if (!this.offences.existsByTenantId(tenantId)) {
					this.offences.saveAllAndFlush(this.offences.findByTenantIdOrderBySortOrderAsc(SEED)
						.stream()
						.map(o -> o.copyFor(tenantId))
						.toList());
				}
			});
		}
		catch (DataIntegrityViolationException ex) {
			// another first use copied the catalogue at the same moment
		}
	}

}
