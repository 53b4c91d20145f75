package cn.houqin.org.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's positions and ranks, for pick lists and imports.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

	private final Positions positions;

	private final Ranks ranks;

	ReferenceData(Positions positions, Ranks ranks) {
		this.positions = positions;
		this.ranks = ranks;
	}

	public List<Reference> positions(long tenantId) {
		return this.positions.findByTenantIdOrderByCode(tenantId)
			.stream()
			.map(p -> new Reference(p.getId(), p.getCode(), p.getName()))
			.toList();
	}

	public List<Reference> ranks(long tenantId) {
		return this.ranks.findByTenantIdOrderBySortOrder(tenantId)
			.stream()
			.map(r -> new Reference(r.getId(), r.getCode(), r.getName()))
			.toList();
	}

}
