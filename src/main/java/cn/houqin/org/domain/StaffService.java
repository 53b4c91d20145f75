package cn.houqin.org.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.org.HandoverCheck;
import cn.houqin.org.HandoverCheck.HandoverItem;
import cn.houqin.org.StaffStatus;
import cn.houqin.shared.crypto.FieldCipher;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * Staff use cases: register, update, list within scope, and transfer/departure with
 * handover.
 */
@Service
@Transactional
public class StaffService {

	private final StaffMembers staff;

	private final OrgUnits units;

	private final Positions positions;

	private final Ranks ranks;

	private final FieldCipher cipher;

	private final List<HandoverCheck> handoverChecks;

	StaffService(StaffMembers staff, OrgUnits units, Positions positions, Ranks ranks, FieldCipher cipher,
			List<HandoverCheck> handoverChecks) {
		this.staff = staff;
		this.units = units;
		this.positions = positions;
		this.ranks = ranks;
		this.cipher = cipher;
		this.handoverChecks = handoverChecks;
	}

	@Transactional(readOnly = true)
	public PageResult<StaffRow> list(DataScope scope, StaffQuery query, Pageable pageable) {
		Set<Long> unitFilter = null;
		if (query.unitId() != null) {
			unitFilter = this.units.findByTenantIdAndId(scope.tenantId(), query.unitId())
				.map(unit -> Set.copyOf(this.units.idsUnder(scope.tenantId(), unit.getPath())))
				.orElse(Set.of());
		}
		Page<StaffMember> page = this.staff.findAll(StaffSpecifications.matching(scope, query, unitFilter), pageable);
		return PageResult.of(page, rows(scope.tenantId(), page.getContent()));
	}

	@Transactional(readOnly = true)
	public StaffRow view(DataScope scope, long id) {
		StaffMember member = get(scope, id);
		return rows(scope.tenantId(), List.of(member)).apply(member);
	}

	StaffMember get(DataScope scope, long id) {
		return this.staff.findByTenantIdAndId(scope.tenantId(), id)
			.filter(s -> scope.permits(s.getUnitId(), s.getId()))
			.orElseThrow(() -> new NotFoundException("Staff", id));
	}

	public StaffRow register(DataScope scope, StaffDetails details) {
		validate(scope, details, null);
		if (this.staff.existsByTenantIdAndEmployeeNo(scope.tenantId(), details.employeeNo().trim())) {
			throw new BusinessRuleException("employeeNo", "org.staff.error.employeeNoTaken", details.employeeNo());
		}
		StaffMember member = this.staff.save(new StaffMember(scope.tenantId(), details, seal(details.idCardNumber())));
		return view(scope, member.getId());
	}

	public StaffRow update(DataScope scope, long id, long version, StaffDetails details) {
		StaffMember member = get(scope, id);
		member.checkVersion(version);
		validate(scope, details, id);
		member.update(details, seal(details.idCardNumber()));
		this.staff.save(member);
		return view(scope, id);
	}

	public void startTransfer(DataScope scope, long id, long toUnitId, LocalDate effectiveDate, String reason) {
		StaffMember member = get(scope, id);
		if (this.units.findByTenantIdAndId(scope.tenantId(), toUnitId).filter(OrgUnit::isActive).isEmpty()) {
			throw new BusinessRuleException("toUnitId", "org.staff.error.unit");
		}
		member.startTransfer(toUnitId, effectiveDate, reason);
		this.staff.save(member);
	}

	public void startDeparture(DataScope scope, long id, StaffStatus exitStatus, LocalDate effectiveDate,
			String reason) {
		StaffMember member = get(scope, id);
		member.startDeparture(exitStatus, effectiveDate, reason);
		this.staff.save(member);
	}

	/**
	 * 离任 in one call: starts the departure unless one is already pending, then completes
	 * it when nothing is left to hand over. The pending departure stays when something
	 * is, so that every module lists what the person must hand over (篇8 第八条: 做好交接).
	 * @return what is still to hand over; empty when the person has left
	 */
	public List<HandoverItem> depart(DataScope scope, long id, StaffStatus exitStatus, LocalDate effectiveDate,
			String reason) {
		StaffMember member = get(scope, id);
		if (!member.hasPendingDeparture()) {
			member.startDeparture(exitStatus, effectiveDate, reason);
		}
		List<HandoverItem> open = this.handoverChecks.stream()
			.flatMap(check -> check.openItems(scope.tenantId(), member.getId()).stream())
			.toList();
		if (open.isEmpty()) {
			member.completeMove(open);
		}
		this.staff.save(member);
		return open;
	}

	@Transactional(readOnly = true)
	public List<HandoverItem> openHandover(DataScope scope, long id) {
		StaffMember member = get(scope, id);
		return this.handoverChecks.stream()
			.flatMap(check -> check.openItems(scope.tenantId(), member.getId()).stream())
			.toList();
	}

	public void completeMove(DataScope scope, long id) {
		StaffMember member = get(scope, id);
		member.completeMove(openHandover(scope, id));
		this.staff.save(member);
	}

	public void cancelMove(DataScope scope, long id) {
		StaffMember member = get(scope, id);
		member.cancelMove();
		this.staff.save(member);
	}

	private void validate(DataScope scope, StaffDetails details, Long id) {
		if (!scope.permitsUnit(details.unitId()) || this.units.findByTenantIdAndId(scope.tenantId(), details.unitId())
			.filter(OrgUnit::isActive)
			.isEmpty()) {
			throw new BusinessRuleException("unitId", "org.staff.error.unit");
		}
		if (details.positionId() != null
				&& this.positions.findByTenantIdAndId(scope.tenantId(), details.positionId()).isEmpty()) {
			throw new BusinessRuleException("positionId", "org.staff.error.position");
		}
		if (details.rankId() != null && this.ranks.findByTenantIdAndId(scope.tenantId(), details.rankId()).isEmpty()) {
			throw new BusinessRuleException("rankId", "org.staff.error.rank");
		}
		String idCard = IdCardNumber.normalise(details.idCardNumber());
		if (idCard != null && !idCard.isEmpty()) {
			if (!IdCardNumber.isValid(idCard)) {
				throw new BusinessRuleException("idCardNumber", "org.staff.error.idCard");
			}
			this.staff.findByTenantIdAndIdCardIndex(scope.tenantId(), this.cipher.blindIndex(idCard))
				.filter(other -> !other.getId().equals(id))
				.ifPresent(other -> {
					throw new BusinessRuleException("idCardNumber", "org.staff.error.idCardTaken");
				});
		}
	}

	private SealedIdCard seal(String raw) {
		String idCard = IdCardNumber.normalise(raw);
		if (idCard == null || idCard.isEmpty()) {
			return null;
		}
		return new SealedIdCard(this.cipher.encrypt(idCard), this.cipher.blindIndex(idCard), IdCardNumber.mask(idCard));
	}

	/**
	 * Maps members to rows with unit, position and rank names loaded in three queries,
	 * not per row.
	 */
	Function<StaffMember, StaffRow> rows(long tenantId, Collection<StaffMember> members) {
		Map<Long, String> unitNames = names(
				this.units.findByTenantIdAndIdIn(tenantId, ids(members, StaffMember::getUnitId)), OrgUnit::getId,
				OrgUnit::getName);
		Map<Long, String> positionNames = names(this.positions.findAllById(ids(members, StaffMember::getPositionId)),
				Position::getId, Position::getName);
		Map<Long, String> rankNames = names(this.ranks.findAllById(ids(members, StaffMember::getRankId)), Rank::getId,
				Rank::getName);
		return s -> {
			PendingMove move = s.getPendingMove();
			return new StaffRow(s.getId(), s.getVersion(), s.getEmployeeNo(), s.getName(), s.getGender(),
					s.getIdCardMasked(), s.getMobile(), s.getUnitId(), unitNames.get(s.getUnitId()), s.getPositionId(),
					positionNames.get(s.getPositionId()), s.getRankId(), rankNames.get(s.getRankId()), s.getCategory(),
					s.getEmploymentType(), s.getHireDate(), s.getStatus(), move == null ? null : move.kind(),
					move == null ? null : move.toUnitId(), move == null ? null : move.exitStatus(),
					move == null ? null : move.effectiveDate(), move == null ? null : move.reason());
		};
	}

	private static Set<Long> ids(Collection<StaffMember> members, Function<StaffMember, Long> id) {
		return members.stream().map(id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
	}

	private static <E> Map<Long, String> names(Collection<E> entities, Function<E, Long> id, Function<E, String> name) {
		return entities.stream().collect(Collectors.toMap(id, name));
	}

}
