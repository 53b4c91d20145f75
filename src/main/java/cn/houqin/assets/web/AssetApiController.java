package cn.houqin.assets.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.houqin.assets.domain.AssetService;
import cn.houqin.assets.domain.AssetView;
import cn.houqin.assets.domain.CategoryService;
import cn.houqin.assets.domain.AssetCategoryView;
import cn.houqin.assets.domain.DepreciationService;
import cn.houqin.assets.domain.DepreciationService.MonthCharge;
import cn.houqin.assets.domain.DisposalService;
import cn.houqin.assets.domain.DisposalView;
import cn.houqin.assets.domain.AssetMovementView;
import cn.houqin.assets.domain.AssetStocktakeService;
import cn.houqin.assets.domain.AssetStocktakeView;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.PageResult;

@RestController
@RequestMapping("/api/v1/assets")
@Tag(name = "assets", description = "Asset cards, custody movements, stocktakes, disposals and depreciation")
class AssetApiController {

	private final AssetService assets;

	private final CategoryService categories;

	private final AssetStocktakeService stocktakes;

	private final DisposalService disposals;

	private final DepreciationService depreciation;

	private final DataScopes scopes;

	AssetApiController(AssetService assets, CategoryService categories, AssetStocktakeService stocktakes,
			DisposalService disposals, DepreciationService depreciation, DataScopes scopes) {
		this.assets = assets;
		this.categories = categories;
		this.stocktakes = stocktakes;
		this.disposals = disposals;
		this.depreciation = depreciation;
		this.scopes = scopes;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('assets.manage')")
	@Operation(summary = "Registers an asset card; 201 with id and assetNo; 422 when the value is under the "
			+ "capitalisation threshold of its category's kind; unitId defaults to the caller's unit")
	ResponseEntity<AssetView> create(@RequestBody AssetRequests.Create body) {
		CurrentUser user = DataScopes.currentUser();
		Long unitId = body.unitId() != null ? body.unitId() : user.unitId();
		if (unitId == null) {
			throw new BusinessRuleException("unitId", "assets.error.unknownUnit");
		}
		AssetView created = this.assets.create(this.scopes.forPermission(AssetService.MANAGE), body.toDraft(unitId));
		return ResponseEntity.created(URI.create("/api/v1/assets/" + created.id())).body(created);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('assets.view')")
	@Operation(summary = "The register in the caller's scope: q, categoryCode (a top level includes its "
			+ "sub-categories), status, unitId, custodianId, location, page, size, sort")
	PageResult<AssetView> list(AssetFilter filter) {
		return this.assets.list(this.scopes.forPermission(AssetService.VIEW), filter.query(), filter.pageable());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('assets.view')")
	@Operation(summary = "One card with its net book value on a date (today by default); 404 outside the scope")
	AssetView one(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return this.assets.view(this.scopes.forPermission(AssetService.VIEW), id,
				on == null ? LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) : on);
	}

	@GetMapping("/{id}/history")
	@PreAuthorize("hasAuthority('assets.view')")
	@Operation(summary = "The card's movements, newest first")
	List<AssetMovementView> history(@PathVariable long id) {
		return this.assets.history(this.scopes.forPermission(AssetService.VIEW), id);
	}

	@PostMapping("/{id}/transfer")
	@PreAuthorize("hasAuthority('assets.move')")
	@Operation(summary = "Asks to transfer the asset to a person (and unit); 201 with the pending movement, which "
			+ "the receiver confirms; 422 while another movement is pending; 409 when a concurrent request won")
	ResponseEntity<AssetMovementView> transfer(@PathVariable long id, @RequestBody AssetRequests.Transfer body) {
		AssetMovementView movement = this.assets.requestMovement(DataScopes.currentUser(), id, body.toRequest());
		return ResponseEntity.created(URI.create("/api/v1/assets/movements/" + movement.id())).body(movement);
	}

	@PostMapping("/{id}/movements")
	@PreAuthorize("hasAuthority('assets.move')")
	@Operation(summary = "Asks for any movement: ASSIGN, TRANSFER, LEND (dueOn), RETURN, MOVE (toLocation), "
			+ "HANDOVER, STORE_RETURN")
	ResponseEntity<AssetMovementView> move(@PathVariable long id, @RequestBody AssetRequests.Move body) {
		if (body.kind() == null) {
			throw new BusinessRuleException("kind", "assets.error.kind");
		}
		AssetMovementView movement = this.assets.requestMovement(DataScopes.currentUser(), id, body.toRequest());
		return ResponseEntity.created(URI.create("/api/v1/assets/movements/" + movement.id())).body(movement);
	}

	@GetMapping("/movements/awaiting")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "AssetMovements waiting for the caller's confirmation")
	List<AssetMovementView> awaiting() {
		return this.assets.awaiting(DataScopes.currentUser());
	}

	@PostMapping("/movements/{id}/{action:confirm|refuse|cancel}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The receiver confirms or refuses a movement; whoever asked may cancel it")
	AssetMovementView decide(@PathVariable long id, @PathVariable String action) {
		CurrentUser user = DataScopes.currentUser();
		return switch (action) {
			case "confirm" -> this.assets.confirm(user, id);
			case "refuse" -> this.assets.refuse(user, id);
			default -> this.assets.cancel(user, id);
		};
	}

	@GetMapping("/categories")
	@PreAuthorize("hasAuthority('assets.view')")
	@Operation(summary = "The classification tree with useful lives and capitalisation thresholds")
	List<AssetCategoryView> categories() {
		return this.categories.all(DataScopes.currentUser().tenantId());
	}

	@PostMapping("/stocktakes")
	@PreAuthorize("hasAuthority('assets.stocktake.manage')")
	@Operation(summary = "Starts a stocktake of a unit (and below) and/or a location; the book list is frozen")
	ResponseEntity<AssetStocktakeView> startStocktake(@RequestBody AssetRequests.StartStocktake body) {
		AssetStocktakeView view = this.stocktakes.start(this.scopes.forPermission(AssetStocktakeService.MANAGE),
				body.title(), body.unitId(), body.location());
		return ResponseEntity.created(URI.create("/api/v1/assets/stocktakes/" + view.id())).body(view);
	}

	@GetMapping("/stocktakes/{id}")
	@PreAuthorize("hasAuthority('assets.stocktake')")
	@Operation(summary = "A stocktake with its lines and results")
	AssetStocktakeView stocktake(@PathVariable long id) {
		return this.stocktakes.view(this.scopes.forPermission(AssetStocktakeService.COUNT), id);
	}

	@PostMapping("/stocktakes/{id}/confirm")
	@PreAuthorize("hasAuthority('assets.stocktake')")
	@Operation(summary = "Confirms an asset's presence (assetId or assetNo, optional location where found)")
	AssetStocktakeView.Line confirm(@PathVariable long id, @RequestBody AssetRequests.Confirm body) {
		CurrentUser user = DataScopes.currentUser();
		long assetId = body.assetId() != null ? body.assetId()
				: this.assets.byNumber(this.scopes.forPermission(AssetService.VIEW), body.assetNo()).id();
		return this.stocktakes.confirm(user, this.scopes.forPermission(AssetStocktakeService.COUNT), id, assetId,
				body.location());
	}

	@PostMapping("/stocktakes/{id}/close")
	@PreAuthorize("hasAuthority('assets.stocktake.manage')")
	@Operation(summary = "Closes counting; unchecked assets become missing")
	AssetStocktakeView close(@PathVariable long id, @RequestBody AssetRequests.Versioned body) {
		return this.stocktakes.close(this.scopes.forPermission(AssetStocktakeService.MANAGE), id, body.value());
	}

	@PostMapping("/stocktakes/{id}/post")
	@PreAuthorize("hasAuthority('assets.stocktake.manage')")
	@Operation(summary = "Approves and posts the result: found locations are written to the cards")
	AssetStocktakeView post(@PathVariable long id, @RequestBody AssetRequests.Versioned body) {
		return this.stocktakes.post(DataScopes.currentUser(), this.scopes.forPermission(AssetStocktakeService.MANAGE),
				id, body.value());
	}

	@PostMapping("/disposals")
	@PreAuthorize("hasAuthority('assets.dispose')")
	@Operation(summary = "Requests a disposal and submits it for approval; 422 without a written reason before "
			+ "the minimum useful life")
	ResponseEntity<DisposalView> dispose(@RequestBody AssetRequests.Dispose body) {
		DisposalView view = this.disposals.request(DataScopes.currentUser(),
				this.scopes.forPermission(DisposalService.DISPOSE), body.assetIds(), body.method(), body.reason(),
				body.appraisal(), body.earlyReason());
		return ResponseEntity.created(URI.create("/api/v1/assets/disposals/" + view.id())).body(view);
	}

	@GetMapping("/disposals/{id}")
	@PreAuthorize("hasAuthority('assets.dispose')")
	@Operation(summary = "A disposal request")
	DisposalView disposal(@PathVariable long id) {
		return this.disposals.view(this.scopes.forPermission(DisposalService.DISPOSE), id);
	}

	@PostMapping("/disposals/{id}/complete")
	@PreAuthorize("hasAuthority('assets.dispose')")
	@Operation(summary = "Records the outcome of an approved disposal: authority reference (required above the "
			+ "local thresholds), proceeds and date")
	DisposalView complete(@PathVariable long id, @RequestBody AssetRequests.Complete body) {
		return this.disposals.complete(this.scopes.forPermission(DisposalService.DISPOSE), id,
				body.version() == null ? -1 : body.version(), body.authorityRef(), body.proceeds(), body.completedOn());
	}

	@GetMapping("/depreciation/{month}")
	@PreAuthorize("hasAuthority('assets.report')")
	@Operation(summary = "A month's depreciation over the register (yyyy-MM), computed")
	MonthCharge depreciation(@PathVariable String month) {
		YearMonth parsed;
		try {
			parsed = YearMonth.parse(month);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new BusinessRuleException("month", "assets.error.month");
		}
		return this.depreciation.charge(DataScopes.currentUser().tenantId(), parsed);
	}

}
