package cn.houqin.org.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * The tenant's positions (岗位): list and search, create, change, and delete one that no
 * staff member and no establishment line uses.
 */
@Service
@Transactional
public class PositionService {

	private final Positions positions;

	private final StaffMembers staff;

	private final Establishments establishments;

	PositionService(Positions positions, StaffMembers staff, Establishments establishments) {
		this.positions = positions;
		this.staff = staff;
		this.establishments = establishments;
	}

	/** Positions whose code or name contains {@code q} (all when blank). */
	@Transactional(readOnly = true)
	public PageResult<PositionView> list(long tenantId, String q, Pageable pageable) {
		Page<Position> page = (q == null || q.isBlank()) ? this.positions.findByTenantId(tenantId, pageable)
				: this.positions.search(tenantId, "%" + q.trim().toLowerCase() + "%", pageable);
		return PageResult.of(page, PositionView::of);
	}

	@Transactional(readOnly = true)
	public PositionView view(long tenantId, long id) {
		return PositionView.of(get(tenantId, id));
	}

	/** Whether the scope may change the tenant's positions (only a tenant-wide one). */
	public boolean manageable(DataScope scope) {
		return scope.tenantWide();
	}

	public PositionView create(DataScope scope, NewPosition command) {
		ReferenceDataRules.requireTenantWide(scope);
		requireFree(scope.tenantId(), command, null);
		Position position = new Position(scope.tenantId(), command.code().trim(), command.name().trim(),
				command.category());
		return PositionView.of(this.positions.saveAndFlush(position));
	}

	public PositionView update(DataScope scope, long id, long version, NewPosition command) {
		ReferenceDataRules.requireTenantWide(scope);
		Position position = get(scope.tenantId(), id);
		position.checkVersion(version);
		requireFree(scope.tenantId(), command, id);
		position.update(command.code().trim(), command.name().trim(), command.category());
		return PositionView.of(this.positions.saveAndFlush(position));
	}

	/**
	 * Deletes a position nobody uses; refused, with the counts, while staff or lines do.
	 */
	public void delete(DataScope scope, long id, long version) {
		ReferenceDataRules.requireTenantWide(scope);
		Position position = get(scope.tenantId(), id);
		position.checkVersion(version);
		long staffCount = this.staff.countByTenantIdAndPositionId(scope.tenantId(), id);
		long lineCount = this.establishments.countByTenantIdAndPositionId(scope.tenantId(), id);
		if (staffCount > 0 || lineCount > 0) {
			throw new BusinessRuleException(null, "org.position.error.inUse", position.getName(), staffCount,
					lineCount);
		}
		this.positions.delete(position);
		this.positions.flush();
	}

	private Position get(long tenantId, long id) {
		return this.positions.findByTenantIdAndId(tenantId, id)
			.orElseThrow(() -> new NotFoundException("Position", id));
	}

	private void requireFree(long tenantId, NewPosition command, Long except) {
		String code = command.code().trim();
		String name = command.name().trim();
		ReferenceDataRules.requireFree(this.positions.findByTenantIdAndCode(tenantId, code), except, "code",
				"org.position.error.codeTaken", code);
		ReferenceDataRules.requireFree(this.positions.findByTenantIdAndName(tenantId, name), except, "name",
				"org.position.error.nameTaken", name);
	}

}
