package cn.houqin.assets.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.assets.AssetStatus;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.UnitHierarchy;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * AssetStocktakes (定期进行清点, 确保帐物相符): start with a frozen book list, confirm presence by
 * scanning or ticking, close with variances, post once approved.
 */
@Service
@Transactional
public class AssetStocktakeService {

	public static final String COUNT = "assets.stocktake";

	public static final String MANAGE = "assets.stocktake.manage";

	private final AssetStocktakes stocktakes;

	private final StocktakeLines lines;

	private final Assets assets;

	private final UnitHierarchy hierarchy;

	private final OrgApi org;

	AssetStocktakeService(AssetStocktakes stocktakes, StocktakeLines lines, Assets assets, UnitHierarchy hierarchy,
			OrgApi org) {
		this.stocktakes = stocktakes;
		this.lines = lines;
		this.assets = assets;
		this.hierarchy = hierarchy;
		this.org = org;
	}

	/** Starts a stocktake of a unit (and the units below it) and/or a location. */
	public AssetStocktakeView start(DataScope scope, String title, Long unitId, String location) {
		if (title == null || title.isBlank()) {
			throw new BusinessRuleException("title", "assets.stocktake.error.title");
		}
		if (unitId != null && !scope.permitsUnit(unitId)) {
			throw new BusinessRuleException("unitId", "assets.error.unitOutOfScope");
		}
		AssetStocktake stocktake = this.stocktakes
			.saveAndFlush(new AssetStocktake(scope.tenantId(), title, unitId, location, AssetService.today()));
		Set<Long> units = unitId == null ? null : this.hierarchy.subtreesOf(scope.tenantId(), List.of(unitId));
		String place = stocktake.getLocation();
		List<Asset> book = this.assets.findAll(AssetSpecifications.matching(scope, AssetQuery.all()),
				Sort.by("assetNo"));
		List<AssetStocktakeLine> frozen = new ArrayList<>();
		for (Asset asset : book) {
			if (asset.getStatus() == AssetStatus.DISPOSED) {
				continue;
			}
			if (units != null && !units.contains(asset.getUnitId())) {
				continue;
			}
			if (place != null && !place.equals(asset.getLocation())) {
				continue;
			}
			frozen.add(new AssetStocktakeLine(scope.tenantId(), stocktake.getId(), asset));
		}
		this.lines.saveAll(frozen);
		return view(stocktake);
	}

	/**
	 * Confirms an asset's presence (by scanning its label or ticking it): found where the
	 * books say, mislocated, or surplus when the book list does not have it.
	 */
	public AssetStocktakeView.Line confirm(CurrentUser user, DataScope scope, long stocktakeId, long assetId,
			String foundLocation) {
		AssetStocktake stocktake = visible(scope, stocktakeId);
		stocktake.requireOpen();
		Asset asset = this.assets.findByTenantIdAndId(user.tenantId(), assetId)
			.orElseThrow(() -> new NotFoundException("Asset", assetId));
		AssetStocktakeLine line = this.lines.findByStocktakeIdAndAssetId(stocktakeId, assetId).map(existing -> {
			existing.confirm(foundLocation, user.userId());
			return existing;
		})
			.orElseGet(() -> AssetStocktakeLine.surplus(user.tenantId(), stocktakeId, asset,
					foundLocation == null || foundLocation.isBlank() ? asset.getLocation() : foundLocation.trim(),
					user.userId()));
		line = this.lines.saveAndFlush(line);
		return new AssetStocktakeView.Line(asset.getId(), asset.getAssetNo(), asset.getName(), line.getBookLocation(),
				line.getFoundLocation(), line.getResult());
	}

	/** Closes counting: unchecked lines become missing; the variances are listed. */
	public AssetStocktakeView close(DataScope scope, long id, long version) {
		AssetStocktake stocktake = visible(scope, id);
		stocktake.checkVersion(version);
		stocktake.close();
		this.lines.findByStocktakeIdOrderByIdAsc(id).forEach(AssetStocktakeLine::closeUnchecked);
		this.stocktakes.saveAndFlush(stocktake);
		return view(stocktake);
	}

	/**
	 * Posts the approved result: mislocated and surplus assets take the location where
	 * they were found. Missing assets stay on the books until written off through a
	 * disposal (报损).
	 */
	public AssetStocktakeView post(CurrentUser user, DataScope scope, long id, long version) {
		AssetStocktake stocktake = visible(scope, id);
		stocktake.checkVersion(version);
		stocktake.post(user.userId());
		for (AssetStocktakeLine line : this.lines.findByStocktakeIdOrderByIdAsc(id)) {
			if ((line.getResult() == LineResult.MISLOCATED || line.getResult() == LineResult.SURPLUS)
					&& line.getFoundLocation() != null) {
				this.assets.findByTenantIdAndId(user.tenantId(), line.getAssetId()).ifPresent(asset -> {
					asset.foundAt(line.getFoundLocation());
					this.assets.save(asset);
				});
			}
		}
		this.stocktakes.saveAndFlush(stocktake);
		return view(stocktake);
	}

	@Transactional(readOnly = true)
	public AssetStocktakeView view(DataScope scope, long id) {
		return view(visible(scope, id));
	}

	@Transactional(readOnly = true)
	public List<AssetStocktakeView> list(DataScope scope) {
		return this.stocktakes.findByTenantIdOrderByIdDesc(scope.tenantId())
			.stream()
			.filter(s -> permits(scope, s))
			.map(s -> new AssetStocktakeView(s.getId(), s.getTitle(), s.getUnitId(), unitName(s), s.getLocation(),
					s.getStatus(), s.getStartedOn(), List.of(), s.getVersion()))
			.toList();
	}

	/** Open stocktakes in scope where the asset may be confirmed. */
	@Transactional(readOnly = true)
	public List<AssetStocktakeView> openFor(DataScope scope, long assetId) {
		Asset asset = this.assets.findById(assetId).orElse(null);
		if (asset == null) {
			return List.of();
		}
		List<AssetStocktakeView> open = new ArrayList<>();
		for (AssetStocktake s : this.stocktakes.findByTenantIdAndStatus(scope.tenantId(), AssetStocktakeStatus.OPEN)) {
			if (!permits(scope, s)) {
				continue;
			}
			boolean listed = this.lines.findByStocktakeIdAndAssetId(s.getId(), assetId).isPresent();
			boolean covers = s.getUnitId() != null
					&& this.hierarchy.subtreesOf(scope.tenantId(), List.of(s.getUnitId())).contains(asset.getUnitId());
			if (listed || covers) {
				open.add(new AssetStocktakeView(s.getId(), s.getTitle(), s.getUnitId(), unitName(s), s.getLocation(),
						s.getStatus(), s.getStartedOn(), List.of(), s.getVersion()));
			}
		}
		return open;
	}

	private AssetStocktake visible(DataScope scope, long id) {
		return this.stocktakes.findByTenantIdAndId(scope.tenantId(), id)
			.filter(s -> permits(scope, s))
			.orElseThrow(() -> new NotFoundException("AssetStocktake", id));
	}

	private static boolean permits(DataScope scope, AssetStocktake s) {
		return s.getUnitId() == null ? !scope.unitIds().isEmpty() || !scope.unitRestricted()
				: scope.permitsUnit(s.getUnitId());
	}

	private String unitName(AssetStocktake s) {
		return s.getUnitId() == null ? null
				: this.org.unit(s.getTenantId(), s.getUnitId()).map(u -> u.name()).orElse(null);
	}

	private AssetStocktakeView view(AssetStocktake s) {
		List<AssetStocktakeLine> all = this.lines.findByStocktakeIdOrderByIdAsc(s.getId());
		Map<Long, Asset> byId = new HashMap<>();
		this.assets.findByTenantIdAndIdIn(s.getTenantId(), all.stream().map(AssetStocktakeLine::getAssetId).toList())
			.forEach(a -> byId.put(a.getId(), a));
		List<AssetStocktakeView.Line> views = all.stream().map(l -> {
			Asset a = byId.get(l.getAssetId());
			return new AssetStocktakeView.Line(l.getAssetId(), a.getAssetNo(), a.getName(), l.getBookLocation(),
					l.getFoundLocation(), l.getResult());
		}).toList();
		return new AssetStocktakeView(s.getId(), s.getTitle(), s.getUnitId(), unitName(s), s.getLocation(),
				s.getStatus(), s.getStartedOn(), views, s.getVersion());
	}

}
