package cn.houqin.supplies;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.org.OrgApi;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.supplies.domain.Actor;
import cn.houqin.supplies.domain.CatalogueService;
import cn.houqin.supplies.domain.ItemDraft;
import cn.houqin.supplies.domain.ItemView;
import cn.houqin.supplies.domain.ReceiptDraft;
import cn.houqin.supplies.domain.ReceivingService;
import cn.houqin.supplies.domain.Requester;
import cn.houqin.supplies.domain.StockPolicy;

/**
 * Demo users as supplies actors, fresh catalogue items and stock for tests.
 */
public final class SuppliesFixtures {

	private static final AtomicLong CODES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private final UserDirectory users;

	private final OrgApi org;

	private final DataScopes scopes;

	private final CatalogueService catalogue;

	private final ReceivingService receiving;

	public SuppliesFixtures(UserDirectory users, OrgApi org, DataScopes scopes, CatalogueService catalogue,
			ReceivingService receiving) {
		this.users = users;
		this.org = org;
		this.scopes = scopes;
		this.catalogue = catalogue;
		this.receiving = receiving;
	}

	public long tenantId() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

	public long unitId(String code) {
		return this.org.unitByCode(tenantId(), code).orElseThrow().id();
	}

	public CurrentUser user(String username) {
		return this.users.loadUserByUsername(username);
	}

	/** The demo user acting with the scope of the first of the permissions they hold. */
	public Actor actor(String username, String... reach) {
		CurrentUser user = user(username);
		var scope = cn.houqin.shared.security.DataScope.nothing(user.tenantId(), user.userId());
		for (String permission : reach) {
			if (user.can(permission)) {
				scope = this.scopes.forPermission(user, permission);
				break;
			}
		}
		return new Actor(user.tenantId(),
				new Requester(user.userId(), user.staffId(), user.unitId(), user.displayName()), scope);
	}

	public Actor keeper() {
		return actor("demo-logistics", "supplies.store.manage");
	}

	public Actor staff() {
		return actor("demo-staff", "supplies.store.manage");
	}

	public String code() {
		return "T" + CODES.incrementAndGet();
	}

	public ItemView stockedItem(String name) {
		return this.catalogue.create(tenantId(),
				new ItemDraft(code(), name, this.catalogue.categoryId(tenantId(), "PEN"), "0.5mm 黑色", "支",
						new BigDecimal("2.50"), StockPolicy.STOCKED, new BigDecimal("5"), new BigDecimal("50"), false,
						null));
	}

	public ItemView onDemandItem(String name, String assetCategory, boolean centralised) {
		return this.catalogue.create(tenantId(),
				new ItemDraft(code(), name, this.catalogue.categoryId(tenantId(), "EQUIPMENT"), "标准型", "台",
						new BigDecimal("900.00"), StockPolicy.ON_DEMAND, null, null, centralised, assetCategory));
	}

	/** Books stock in without a purchase request (not reimbursable). */
	public void stock(long itemId, String quantity, String unitCost) {
		this.receiving.receive(keeper(),
				new ReceiptDraft(null, "INV-" + code(), "测试供应商", null, List.of(new ReceiptDraft.Line(itemId,
						new BigDecimal(quantity), BigDecimal.ZERO, new BigDecimal(unitCost), null))));
	}

}
