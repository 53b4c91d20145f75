package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;
import cn.houqin.shared.web.PageResult;

/**
 * The catalogue (办公用品目录): the category tree with the seed's defaults, items and their
 * stock, minimum-level alerts with reorder suggestions.
 */
@Service
@Transactional
public class CatalogueService {

	private final Categories categories;

	private final Items items;

	private final Stocks stocks;

	private final Ledger ledger;

	CatalogueService(Categories categories, Items items, Stocks stocks, Ledger ledger) {
		this.categories = categories;
		this.items = items;
		this.stocks = stocks;
		this.ledger = ledger;
	}

	/**
	 * The tree in depth-first order; a tenant's first call files the seed's categories.
	 */
	public List<CategoryView> categories(long tenantId) {
		ensureDefaults(tenantId);
		List<Category> all = this.categories.findByTenantIdOrderByCode(tenantId);
		Map<Long, List<Category>> children = new HashMap<>();
		all.forEach(c -> children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c));
		List<CategoryView> ordered = new ArrayList<>();
		walk(children, null, 0, ordered);
		return ordered;
	}

	private void walk(Map<Long, List<Category>> children, Long parent, int depth, List<CategoryView> out) {
		for (Category c : children.getOrDefault(parent, List.of())) {
			out.add(new CategoryView(c.getId(), c.getParentId(), c.getCode(), c.getName(), c.getStockPolicy(), depth));
			walk(children, c.getId(), depth + 1, out);
		}
	}

	public void ensureDefaults(long tenantId) {
		if (this.categories.existsByTenantId(tenantId)) {
			return;
		}
		Map<String, Long> ids = new HashMap<>();
		for (CategoryDefaults.Node node : CategoryDefaults.NODES) {
			Category saved = this.categories
				.save(new Category(tenantId, node.parentCode() == null ? null : ids.get(node.parentCode()), node.code(),
						node.name(), node.policy()));
			ids.put(node.code(), saved.getId());
		}
	}

	public long categoryId(long tenantId, String code) {
		ensureDefaults(tenantId);
		return this.categories.findByTenantIdAndCode(tenantId, code)
			.orElseThrow(() -> new NotFoundException("Category", code))
			.getId();
	}

	public ItemView create(long tenantId, ItemDraft draft) {
		validate(tenantId, draft);
		if (this.items.existsByTenantIdAndCode(tenantId, draft.code().trim())) {
			throw new BusinessRuleException("code", "supplies.item.error.duplicateCode", draft.code().trim());
		}
		Item item = this.items.save(new Item(tenantId, draft));
		this.ledger.open(tenantId, item.getId());
		return view(tenantId, item);
	}

	public ItemView update(long tenantId, long id, long version, ItemDraft draft) {
		Item item = item(tenantId, id);
		item.checkVersion(version);
		validate(tenantId, draft);
		item.apply(draft);
		return view(tenantId, this.items.save(item));
	}

	private void validate(long tenantId, ItemDraft draft) {
		if (draft.code() == null || draft.code().isBlank()) {
			throw new BusinessRuleException("code", "supplies.error.required");
		}
		if (draft.name() == null || draft.name().isBlank()) {
			throw new BusinessRuleException("name", "supplies.error.required");
		}
		if (draft.unit() == null || draft.unit().isBlank()) {
			throw new BusinessRuleException("unit", "supplies.error.required");
		}
		if (draft.stockPolicy() == null) {
			throw new BusinessRuleException("stockPolicy", "supplies.error.required");
		}
		if (draft.referencePrice() == null || draft.referencePrice().signum() < 0) {
			throw new BusinessRuleException("referencePrice", "supplies.error.notNegative");
		}
		if (negative(draft.minLevel()) || negative(draft.maxLevel())) {
			throw new BusinessRuleException("minLevel", "supplies.error.notNegative");
		}
		if (draft.minLevel() != null && draft.maxLevel() != null && draft.maxLevel().compareTo(draft.minLevel()) < 0) {
			throw new BusinessRuleException("maxLevel", "supplies.item.error.maxBelowMin");
		}
		if (draft.categoryId() == null || this.categories.findByTenantIdAndId(tenantId, draft.categoryId()).isEmpty()) {
			throw new BusinessRuleException("categoryId", "supplies.item.error.unknownCategory");
		}
	}

	private static boolean negative(BigDecimal value) {
		return value != null && value.signum() < 0;
	}

	@Transactional(readOnly = true)
	public ItemView itemView(long tenantId, long id) {
		return view(tenantId, item(tenantId, id));
	}

	@Transactional(readOnly = true)
	public StockView stock(long tenantId, long itemId) {
		Item item = item(tenantId, itemId);
		return StockView.of(item.getId(), this.stocks.findByTenantIdAndItemId(tenantId, itemId).orElse(null));
	}

	@Transactional(readOnly = true)
	public PageResult<ItemView> items(long tenantId, ItemFilter filter, Pageable pageable) {
		if (filter.lowOnly()) {
			List<ItemView> low = lowStock(tenantId);
			int from = (int) Math.min(pageable.getOffset(), low.size());
			int to = Math.min(from + pageable.getPageSize(), low.size());
			return new PageResult<>(low.subList(from, to), pageable.getPageNumber(), pageable.getPageSize(),
					low.size());
		}
		Page<Item> page = this.items.findAll(criteria(tenantId, filter), pageable);
		return PageResult.of(page, views(tenantId, page.getContent())::get);
	}

	/** Stocked items at or below their minimum level with the quantity to reorder. */
	@Transactional(readOnly = true)
	public List<ItemView> lowStock(long tenantId) {
		List<Item> stocked = this.items.findByTenantIdAndStockPolicyOrderByCode(tenantId, StockPolicy.STOCKED);
		Map<Item, ItemView> views = views(tenantId, stocked);
		return stocked.stream().map(views::get).filter(ItemView::belowMinimum).toList();
	}

	@Transactional(readOnly = true)
	public List<ItemView> all(long tenantId, ItemFilter filter) {
		List<Item> found = this.items.findAll(criteria(tenantId, filter),
				org.springframework.data.domain.Sort.by("code"));
		Map<Item, ItemView> views = views(tenantId, found);
		return found.stream().map(views::get).toList();
	}

	private Map<Item, ItemView> views(long tenantId, List<Item> list) {
		Set<Long> ids = list.stream().map(Item::getId).collect(Collectors.toSet());
		Map<Long, Stock> stock = this.stocks.findByTenantIdAndItemIdIn(tenantId, ids)
			.stream()
			.collect(Collectors.toMap(Stock::getItemId, Function.identity()));
		Map<Long, String> names = this.categories.findByTenantIdOrderByCode(tenantId)
			.stream()
			.collect(Collectors.toMap(Category::getId, Category::getName));
		Map<Item, ItemView> views = new HashMap<>();
		list.forEach(i -> views.put(i, i.view(stock.get(i.getId()), names.get(i.getCategoryId()))));
		return views;
	}

	private ItemView view(long tenantId, Item item) {
		return views(tenantId, List.of(item)).get(item);
	}

	private Specification<Item> criteria(long tenantId, ItemFilter filter) {
		Set<Long> categoryIds = filter.categoryId() == null ? null : subtree(tenantId, filter.categoryId());
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("tenantId"), tenantId));
			if (filter.query() != null && !filter.query().isBlank()) {
				String like = "%" + filter.query().trim().toLowerCase() + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("code")), like), cb.like(cb.lower(root.get("name")), like)));
			}
			if (categoryIds != null) {
				where.add(root.get("categoryId").in(categoryIds));
			}
			if (filter.stockPolicy() != null) {
				where.add(cb.equal(root.get("stockPolicy"), filter.stockPolicy()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private Set<Long> subtree(long tenantId, long rootId) {
		List<Category> all = this.categories.findByTenantIdOrderByCode(tenantId);
		Set<Long> ids = new HashSet<>(Set.of(rootId));
		boolean grew = true;
		while (grew) {
			grew = all.stream()
				.filter(c -> c.getParentId() != null && ids.contains(c.getParentId()))
				.map(c -> ids.add(c.getId()))
				.reduce(false, Boolean::logicalOr);
		}
		return ids;
	}

	Item item(long tenantId, long id) {
		return this.items.findByTenantIdAndId(tenantId, id).orElseThrow(() -> new NotFoundException("Item", id));
	}

	/** The items of the ids, failing with the field named when one is unknown. */
	Map<Long, Item> itemsOf(long tenantId, java.util.Collection<Long> ids, String field) {
		Map<Long, Item> found = this.items
			.findByTenantIdAndIdIn(tenantId, ids.stream().filter(java.util.Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(Item::getId, Function.identity()));
		for (Long id : ids) {
			if (id == null || !found.containsKey(id)) {
				throw new BusinessRuleException(field, "supplies.item.error.unknown", id);
			}
		}
		return found;
	}

}
