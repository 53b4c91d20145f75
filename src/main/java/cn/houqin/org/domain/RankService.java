package cn.houqin.org.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * The tenant's ranks (职级) in rank order: create, change, and delete one that no staff
 * member holds.
 */
@Service
@Transactional
public class RankService {

	private final Ranks ranks;

	private final StaffMembers staff;

	RankService(Ranks ranks, StaffMembers staff) {
		this.ranks = ranks;
		this.staff = staff;
	}

	@Transactional(readOnly = true)
	public List<RankView> list(long tenantId) {
		return this.ranks.findByTenantIdOrderBySortOrder(tenantId).stream().map(RankView::of).toList();
	}

	@Transactional(readOnly = true)
	public RankView view(long tenantId, long id) {
		return RankView.of(get(tenantId, id));
	}

	/** Whether the scope may change the tenant's ranks (only a tenant-wide one). */
	public boolean manageable(DataScope scope) {
		return scope.tenantWide();
	}

	public RankView create(DataScope scope, NewRank command) {
		ReferenceDataRules.requireTenantWide(scope);
		requireFree(scope.tenantId(), command, null);
		Rank rank = new Rank(scope.tenantId(), command.code().trim(), command.name().trim(), command.sortOrder());
		return RankView.of(this.ranks.saveAndFlush(rank));
	}

	public RankView update(DataScope scope, long id, long version, NewRank command) {
		ReferenceDataRules.requireTenantWide(scope);
		Rank rank = get(scope.tenantId(), id);
		rank.checkVersion(version);
		requireFree(scope.tenantId(), command, id);
		rank.update(command.code().trim(), command.name().trim(), command.sortOrder());
		return RankView.of(this.ranks.saveAndFlush(rank));
	}

	/** Deletes a rank nobody holds; refused, with the count, while staff do. */
	public void delete(DataScope scope, long id, long version) {
		ReferenceDataRules.requireTenantWide(scope);
		Rank rank = get(scope.tenantId(), id);
		rank.checkVersion(version);
		long staffCount = this.staff.countByTenantIdAndRankId(scope.tenantId(), id);
		if (staffCount > 0) {
			throw new BusinessRuleException(null, "org.rank.error.inUse", rank.getName(), staffCount);
		}
		this.ranks.delete(rank);
		this.ranks.flush();
	}

	private Rank get(long tenantId, long id) {
		return this.ranks.findByTenantIdAndId(tenantId, id).orElseThrow(() -> new NotFoundException("Rank", id));
	}

	private void requireFree(long tenantId, NewRank command, Long except) {
		String code = command.code().trim();
		String name = command.name().trim();
		ReferenceDataRules.requireFree(this.ranks.findByTenantIdAndCode(tenantId, code), except, "code",
				"org.rank.error.codeTaken", code);
		ReferenceDataRules.requireFree(this.ranks.findByTenantIdAndName(tenantId, name), except, "name",
				"org.rank.error.nameTaken", name);
	}

}
