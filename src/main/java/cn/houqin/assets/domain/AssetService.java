package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.assets.AssetStatus;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffStatus;
import cn.houqin.org.StaffSummary;
import cn.houqin.org.UnitSummary;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * The asset register: cards, their net book value, and custody movements confirmed by the
 * receiving side. Every query applies the caller's data scope; a card outside it answers
 * 404.
 */
@Service
@Transactional
public class AssetService {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	public static final String VIEW = "assets.view";

	public static final String MANAGE = "assets.manage";

	public static final String MOVE = "assets.move";

	private final Assets assets;

	private final AssetMovements movements;

	private final CategoryService categories;

	private final AssetNumbers numbers;

	private final OrgApi org;

	private final DataScopes scopes;

	AssetService(Assets assets, AssetMovements movements, CategoryService categories, AssetNumbers numbers, OrgApi org,
			DataScopes scopes) {
		this.assets = assets;
		this.movements = movements;
		this.categories = categories;
		this.numbers = numbers;
		this.org = org;
		this.scopes = scopes;
	}

	static LocalDate today() {
		return LocalDate.now(CHINA);
	}

	/** Registers a card; refused under the capitalisation threshold of its kind. */
	public AssetView create(DataScope scope, AssetDraft draft) {
		AssetCategoryView category = validate(scope.tenantId(), draft);
		if (!scope.permitsUnit(draft.unitId())) {
			throw new BusinessRuleException("unitId", "assets.error.unitOutOfScope");
		}
		return view(register(scope.tenantId(), draft, category));
	}

	/** Registers a card without a user's scope (cards from a supplies receipt). */
	Asset register(long tenantId, AssetDraft draft, AssetCategoryView category) {
		Asset asset = new Asset(tenantId, this.numbers.next(tenantId), draft, category.kind());
		return this.assets.saveAndFlush(asset);
	}

	boolean receivedAlready(long tenantId, long receiptId, String name) {
		return this.assets.existsByTenantIdAndReceiptIdAndName(tenantId, receiptId, name);
	}

	AssetCategoryView validate(long tenantId, AssetDraft draft) {
		if (draft.name() == null || draft.name().isBlank()) {
			throw new BusinessRuleException("name", "assets.error.nameRequired");
		}
		AssetCategoryView category = this.categories.require(tenantId, draft.categoryCode(), "categoryCode");
		if (draft.originalValue() == null || draft.originalValue().signum() < 0) {
			throw new BusinessRuleException("originalValue", "assets.error.value");
		}
		if (draft.originalValue().stripTrailingZeros().scale() > 2) {
			throw new BusinessRuleException("originalValue", "assets.error.cents");
		}
		if (draft.purchaseDate() == null || draft.purchaseDate().isAfter(today())) {
			throw new BusinessRuleException("purchaseDate", "assets.error.purchaseDate");
		}
		this.categories.checkCapitalised(tenantId, category, draft.originalValue(), "originalValue");
		UnitSummary unit = this.org.unit(tenantId, draft.unitId())
			.orElseThrow(() -> new BusinessRuleException("unitId", "assets.error.unknownUnit"));
		if (!unit.active()) {
			throw new BusinessRuleException("unitId", "assets.error.unknownUnit");
		}
		if (draft.custodianStaffId() != null) {
			activeStaff(tenantId, draft.custodianStaffId(), "custodianStaffId");
		}
		return category;
	}

	@Transactional(readOnly = true)
	public PageResult<AssetView> list(DataScope scope, AssetQuery query, Pageable pageable) {
		Page<Asset> page = this.assets.findAll(AssetSpecifications.matching(scope, query), pageable);
		List<AssetView> views = views(scope.tenantId(), page.getContent(), today());
		return new PageResult<>(views, page.getNumber(), page.getSize(), page.getTotalElements());
	}

	/** Every card matching, for exports and reports, valued on {@code on}. */
	@Transactional(readOnly = true)
	public List<AssetView> all(DataScope scope, AssetQuery query, Sort sort, LocalDate on) {
		return views(scope.tenantId(), this.assets.findAll(AssetSpecifications.matching(scope, query), sort), on);
	}

	@Transactional(readOnly = true)
	public AssetView view(DataScope scope, long id) {
		return view(visible(scope, id));
	}

	@Transactional(readOnly = true)
	public AssetView view(DataScope scope, long id, LocalDate on) {
		return views(scope.tenantId(), List.of(visible(scope, id)), on).get(0);
	}

	@Transactional(readOnly = true)
	public AssetView byNumber(DataScope scope, String assetNo) {
		Asset asset = this.assets.findByTenantIdAndAssetNo(scope.tenantId(), assetNo)
			.filter(a -> scope.permits(a.getUnitId(), a.getCustodianStaffId()))
			.orElseThrow(() -> new NotFoundException("Asset", assetNo));
		return view(asset);
	}

	@Transactional(readOnly = true)
	public Optional<AssetView> find(long tenantId, long id) {
		return this.assets.findByTenantIdAndId(tenantId, id).map(this::view);
	}

	/** Cards still in a person's custody (not disposed). */
	@Transactional(readOnly = true)
	public List<AssetView> custody(long tenantId, long staffId) {
		return views(tenantId, this.assets.findByTenantIdAndCustodianStaffIdAndStatusNotOrderByAssetNo(tenantId,
				staffId, AssetStatus.DISPOSED), today());
	}

	/** Marks a card idle (for reallocation), in use or under repair. */
	public AssetView changeStatus(DataScope manageScope, long id, long version, AssetStatus status) {
		Asset asset = visible(manageScope, id);
		asset.checkVersion(version);
		asset.changeStatus(status);
		return view(this.assets.saveAndFlush(asset));
	}

	/**
	 * Asks for a movement; the receiving side confirms it. Refused while another movement
	 * of the card is pending; a concurrent request loses with an optimistic-lock
	 * conflict.
	 */
	public AssetMovementView requestMovement(CurrentUser user, long assetId, MovementRequest request) {
		DataScope scope = this.scopes.forPermission(user, MOVE);
		Asset asset = this.assets.findByTenantIdAndId(user.tenantId(), assetId)
			.filter(a -> scope.permits(a.getUnitId(), a.getCustodianStaffId()))
			.orElseThrow(() -> new NotFoundException("Asset", assetId));
		long tenantId = user.tenantId();
		Long toStaff = request.toStaffId();
		Long toUnit = request.toUnitId();
		String toLocation = request.toLocation();
		switch (request.kind()) {
			case ASSIGN, TRANSFER, HANDOVER, LEND -> {
				if (toStaff == null) {
					throw new BusinessRuleException("toStaffId", "assets.error.receiverRequired");
				}
				StaffSummary receiver = activeStaff(tenantId, toStaff, "toStaffId");
				if (toStaff.equals(asset.getCustodianStaffId())) {
					throw new BusinessRuleException("toStaffId", "assets.error.sameCustodian");
				}
				if (request.kind() == AssetMovementKind.LEND) {
					toUnit = null;
					if (request.dueOn() == null || request.dueOn().isBefore(today())) {
						throw new BusinessRuleException("dueOn", "assets.error.dueOn");
					}
					if (asset.getStatus() != AssetStatus.IN_USE && asset.getStatus() != AssetStatus.IDLE) {
						throw new BusinessRuleException(null, "assets.error.notLendable", asset.getAssetNo());
					}
				}
				else if (toUnit == null) {
					toUnit = receiver.unitId();
				}
				else {
					this.org.unit(tenantId, toUnit)
						.filter(UnitSummary::active)
						.orElseThrow(() -> new BusinessRuleException("toUnitId", "assets.error.unknownUnit"));
				}
			}
			case RETURN -> {
				if (asset.getStatus() != AssetStatus.LENT) {
					throw new BusinessRuleException(null, "assets.error.notLent", asset.getAssetNo());
				}
				toStaff = asset.getCustodianStaffId();
				toUnit = null;
			}
			case MOVE -> {
				if (toLocation == null || toLocation.isBlank()) {
					throw new BusinessRuleException("toLocation", "assets.error.locationRequired");
				}
				toStaff = null;
				toUnit = null;
			}
			case STORE_RETURN -> {
				if (asset.getCustodianStaffId() == null) {
					throw new BusinessRuleException(null, "assets.error.inStore", asset.getAssetNo());
				}
				toStaff = null;
				toUnit = null;
			}
		}
		if (asset.getStatus() == AssetStatus.LENT && request.kind() != AssetMovementKind.RETURN) {
			throw new BusinessRuleException(null, "assets.error.lentOut", asset.getAssetNo());
		}
		AssetMovement movement = this.movements.saveAndFlush(new AssetMovement(tenantId, asset, request.kind(), toStaff,
				toUnit, toLocation, request.dueOn(), request.note(), user.userId()));
		asset.movementRequested(movement.getId());
		this.assets.saveAndFlush(asset);
		return movementViews(tenantId, List.of(movement)).get(0);
	}

	/** The receiving side confirms: the card follows the movement. */
	public AssetMovementView confirm(CurrentUser user, long movementId) {
		AssetMovement movement = receivable(user, movementId);
		Asset asset = this.assets.findByTenantIdAndId(user.tenantId(), movement.getAssetId()).orElseThrow();
		asset.movementConfirmed(movement);
		movement.decide(MovementState.CONFIRMED, user.userId());
		this.assets.saveAndFlush(asset);
		return movementViews(user.tenantId(), List.of(this.movements.saveAndFlush(movement))).get(0);
	}

	/** The receiving side refuses: nothing changes on the card. */
	public AssetMovementView refuse(CurrentUser user, long movementId) {
		AssetMovement movement = receivable(user, movementId);
		return drop(user, movement, MovementState.REFUSED);
	}

	/** Whoever asked takes the request back. */
	public AssetMovementView cancel(CurrentUser user, long movementId) {
		AssetMovement movement = this.movements.findByTenantIdAndId(user.tenantId(), movementId)
			.filter(m -> m.getRequestedByUserId() == user.userId())
			.orElseThrow(() -> new NotFoundException("AssetMovement", movementId));
		return drop(user, movement, MovementState.CANCELLED);
	}

	private AssetMovementView drop(CurrentUser user, AssetMovement movement, MovementState state) {
		Asset asset = this.assets.findByTenantIdAndId(user.tenantId(), movement.getAssetId()).orElseThrow();
		asset.movementDropped(movement);
		movement.decide(state, user.userId());
		this.assets.saveAndFlush(asset);
		return movementViews(user.tenantId(), List.of(this.movements.saveAndFlush(movement))).get(0);
	}

	/** AssetMovements waiting for this user's confirmation. */
	@Transactional(readOnly = true)
	public List<AssetMovementView> awaiting(CurrentUser user) {
		List<AssetMovement> pending = this.movements.findByTenantIdAndStateOrderByRequestedAtAsc(user.tenantId(),
				MovementState.PENDING);
		List<AssetMovement> mine = new ArrayList<>();
		for (AssetMovement movement : pending) {
			if (mayReceive(user, movement)) {
				mine.add(movement);
			}
		}
		return movementViews(user.tenantId(), mine);
	}

	@Transactional(readOnly = true)
	public long awaitingCount(CurrentUser user) {
		if (!user.can(MANAGE) && user.staffId() != null) {
			return this.movements.countByTenantIdAndStateAndToStaffId(user.tenantId(), MovementState.PENDING,
					user.staffId());
		}
		return awaiting(user).size();
	}

	@Transactional(readOnly = true)
	public List<AssetMovementView> history(DataScope scope, long assetId) {
		visible(scope, assetId);
		return movementViews(scope.tenantId(),
				this.movements.findByTenantIdAndAssetIdOrderByRequestedAtDescIdDesc(scope.tenantId(), assetId));
	}

	private AssetMovement receivable(CurrentUser user, long movementId) {
		AssetMovement movement = this.movements.findByTenantIdAndId(user.tenantId(), movementId)
			.orElseThrow(() -> new NotFoundException("AssetMovement", movementId));
		if (!mayReceive(user, movement)) {
			throw new NotFoundException("AssetMovement", movementId);
		}
		return movement;
	}

	private boolean mayReceive(CurrentUser user, AssetMovement movement) {
		if (movement.getState() != MovementState.PENDING) {
			return false;
		}
		if (movement.receiverIsPerson() || movement.getKind() == AssetMovementKind.RETURN) {
			return movement.getToStaffId() != null && movement.getToStaffId().equals(user.staffId());
		}
		if (!user.can(MANAGE)) {
			return false;
		}
		Long unitId = movement.getFromUnitId();
		return this.scopes.forPermission(user, MANAGE).permitsUnit(unitId);
	}

	Asset visible(DataScope scope, long id) {
		return this.assets.findByTenantIdAndId(scope.tenantId(), id)
			.filter(a -> scope.permits(a.getUnitId(), a.getCustodianStaffId()))
			.orElseThrow(() -> new NotFoundException("Asset", id));
	}

	StaffSummary activeStaff(long tenantId, long staffId, String field) {
		StaffSummary staff = this.org.staff(tenantId, staffId)
			.orElseThrow(() -> new BusinessRuleException(field, "assets.error.unknownStaff"));
		if (staff.status() != StaffStatus.ON_DUTY) {
			throw new BusinessRuleException(field, "assets.error.staffNotActive", staff.name());
		}
		return staff;
	}

	AssetView view(Asset asset) {
		return views(asset.getTenantId(), List.of(asset), today()).get(0);
	}

	List<AssetView> views(long tenantId, Collection<Asset> list, LocalDate on) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<String, AssetCategoryView> cats = this.categories.byCode(tenantId);
		Set<Long> unitIds = new HashSet<>();
		Set<Long> staffIds = new HashSet<>();
		for (Asset a : list) {
			unitIds.add(a.getUnitId());
			if (a.getCustodianStaffId() != null) {
				staffIds.add(a.getCustodianStaffId());
			}
		}
		Map<Long, String> units = this.org.unitNames(tenantId, unitIds);
		Map<Long, StaffSummary> staff = staffIds.isEmpty() ? Map.of() : this.org.staff(tenantId, staffIds);
		List<AssetView> views = new ArrayList<>(list.size());
		for (Asset a : list) {
			AssetCategoryView category = cats.get(a.getCategoryCode());
			Integer life = category == null ? null : category.usefulLifeMonths();
			Depreciation d = Depreciation.of(a.getOriginalValue(), a.getPurchaseDate(), life, on, a.getDisposedOn());
			StaffSummary custodian = a.getCustodianStaffId() == null ? null : staff.get(a.getCustodianStaffId());
			views.add(new AssetView(a.getId(), a.getAssetNo(), a.getName(), a.getCategoryCode(),
					category == null ? a.getCategoryCode() : category.name(), a.getKind(), a.getModel(),
					a.getSerialNo(), a.getSupplier(), a.getPurchaseDate(), a.getOriginalValue(), a.getFundingSource(),
					a.getLocation(), a.getUnitId(), units.get(a.getUnitId()), a.getCustodianStaffId(),
					custodian == null ? null : custodian.name(), a.getStatus(), a.getDisposedOn(),
					a.getPendingMovementId(), life, d.monthly(), d.accumulated(), d.netBookValue(), on,
					a.getVersion()));
		}
		return views;
	}

	List<AssetMovementView> movementViews(long tenantId, List<AssetMovement> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Set<Long> assetIds = new HashSet<>();
		Set<Long> staffIds = new HashSet<>();
		Set<Long> unitIds = new HashSet<>();
		for (AssetMovement m : list) {
			assetIds.add(m.getAssetId());
			addIfPresent(staffIds, m.getFromStaffId());
			addIfPresent(staffIds, m.getToStaffId());
			addIfPresent(unitIds, m.getFromUnitId());
			addIfPresent(unitIds, m.getToUnitId());
		}
		Map<Long, Asset> byId = new java.util.HashMap<>();
		this.assets.findByTenantIdAndIdIn(tenantId, assetIds).forEach(a -> byId.put(a.getId(), a));
		Map<Long, StaffSummary> staff = staffIds.isEmpty() ? Map.of() : this.org.staff(tenantId, staffIds);
		Map<Long, String> units = unitIds.isEmpty() ? Map.of() : this.org.unitNames(tenantId, unitIds);
		return list.stream().map(m -> {
			Asset a = byId.get(m.getAssetId());
			return new AssetMovementView(m.getId(), m.getAssetId(), a == null ? null : a.getAssetNo(),
					a == null ? null : a.getName(), m.getKind(), m.getState(), name(staff, m.getFromStaffId()),
					m.getToStaffId(), name(staff, m.getToStaffId()),
					m.getFromUnitId() == null ? null : units.get(m.getFromUnitId()),
					m.getToUnitId() == null ? null : units.get(m.getToUnitId()), m.getFromLocation(), m.getToLocation(),
					m.getDueOn(), m.getNote(), m.getRequestedAt(), m.getDecidedAt());
		}).toList();
	}

	private static String name(Map<Long, StaffSummary> staff, Long id) {
		if (id == null) {
			return null;
		}
		StaffSummary s = staff.get(id);
		return s == null ? null : s.name();
	}

	private static void addIfPresent(Set<Long> set, Long id) {
		if (id != null) {
			set.add(id);
		}
	}

	static BigDecimal money(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}
