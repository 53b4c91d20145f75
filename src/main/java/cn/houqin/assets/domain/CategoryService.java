package cn.houqin.assets.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.NotFoundException;

/**
 * The classification tree of a tenant with useful lives and capitalisation thresholds
 * (editable); a tenant gets the defaults the first time it needs them. The defaults are a
 * simplified 固定资产分类与代码 (GB/T 14885) top level with lives from 财会〔2017〕4号 and thresholds
 * from 行政/事业单位财务规则 (一般设备 1,000元, 专用设备 1,500元).
 */
@Service
@Transactional
public class CategoryService {

	static final String LAND_BUILDINGS = "LAND_BUILDINGS";

	static final String GENERAL_EQUIPMENT = "GENERAL_EQUIPMENT";

	static final String SPECIAL_EQUIPMENT = "SPECIAL_EQUIPMENT";

	static final String RELICS = "RELICS";

	static final String BOOKS_ARCHIVES = "BOOKS_ARCHIVES";

	static final String FURNITURE = "FURNITURE";

	private final AssetCategories categories;

	CategoryService(AssetCategories categories) {
		this.categories = categories;
	}

	/** Every category of the tenant, top levels first within their kind. */
	public List<AssetCategoryView> all(long tenantId) {
		ensureDefaults(tenantId);
		return this.categories.findByTenantIdOrderByKindAscParentCodeAscCodeAsc(tenantId)
			.stream()
			.map(AssetCategoryView::of)
			.sorted(java.util.Comparator.comparing(AssetCategoryView::kind)
				.thenComparing(c -> c.parentCode() == null ? "" : c.code()))
			.toList();
	}

	public Map<String, AssetCategoryView> byCode(long tenantId) {
		return all(tenantId).stream().collect(Collectors.toMap(AssetCategoryView::code, Function.identity()));
	}

	/** The category with this code; refused (on {@code field}) when there is none. */
	public AssetCategoryView require(long tenantId, String code, String field) {
		ensureDefaults(tenantId);
		return this.categories.findByTenantIdAndCode(tenantId, code == null ? "" : code.trim())
			.map(AssetCategoryView::of)
			.orElseThrow(() -> new BusinessRuleException(field, "assets.error.unknownCategory", code));
	}

	/** The threshold of the category's top-level kind, or zero when it has none. */
	public BigDecimal thresholdOf(long tenantId, AssetCategoryView category) {
		AssetCategoryView top = category.topLevel() ? category : require(tenantId, category.kind(), "categoryCode");
		return top.capitalisationThreshold() == null ? BigDecimal.ZERO : top.capitalisationThreshold();
	}

	/** Refuses a unit value under the capitalisation threshold of the category's kind. */
	public void checkCapitalised(long tenantId, AssetCategoryView category, BigDecimal value, String field) {
		BigDecimal threshold = thresholdOf(tenantId, category);
		if (value.compareTo(threshold) < 0) {
			throw new BusinessRuleException(field, "assets.error.underThreshold", threshold.toPlainString());
		}
	}

	public AssetCategoryView revise(long tenantId, long id, long version, Integer usefulLifeMonths,
			BigDecimal threshold) {
		AssetCategory category = this.categories.findByTenantIdAndId(tenantId, id)
			.orElseThrow(() -> new NotFoundException("AssetCategory", id));
		category.checkVersion(version);
		category.revise(usefulLifeMonths, threshold);
		return AssetCategoryView.of(this.categories.saveAndFlush(category));
	}

	@Transactional(propagation = Propagation.REQUIRED)
	void ensureDefaults(long tenantId) {
		if (this.categories.existsByTenantId(tenantId)) {
			return;
		}
		BigDecimal general = new BigDecimal("1000.00");
		BigDecimal special = new BigDecimal("1500.00");
		BigDecimal none = BigDecimal.ZERO.setScale(2);
		List<AssetCategory> defaults = List.of(top(tenantId, LAND_BUILDINGS, "土地、房屋及构筑物", 360, none),
				sub(tenantId, "LAND", "土地", LAND_BUILDINGS, null, null),
				sub(tenantId, "BUILDING_STEEL", "房屋（钢结构、钢筋混凝土结构）", LAND_BUILDINGS, 600, null),
				sub(tenantId, "BUILDING_BRICK", "房屋（砖混结构、砖木结构）", LAND_BUILDINGS, 360, null),
				sub(tenantId, "STRUCTURE", "简易房、房屋附属设施、构筑物", LAND_BUILDINGS, 96, null),
				top(tenantId, GENERAL_EQUIPMENT, "通用设备", 72, general),
				sub(tenantId, "COMPUTER", "计算机", GENERAL_EQUIPMENT, 72, "台式计算机"),
				sub(tenantId, "LAPTOP", "便携式计算机", GENERAL_EQUIPMENT, 72, "便携式计算机"),
				sub(tenantId, "PRINTER", "打印机", GENERAL_EQUIPMENT, 72, "A4黑白打印机"),
				sub(tenantId, "COPIER", "复印机", GENERAL_EQUIPMENT, 72, "复印机"),
				sub(tenantId, "OFFICE_EQUIPMENT", "其他办公设备", GENERAL_EQUIPMENT, 72, null),
				sub(tenantId, "VEHICLE", "车辆", GENERAL_EQUIPMENT, 96, null),
				sub(tenantId, "MACHINERY", "机械设备", GENERAL_EQUIPMENT, 120, null),
				sub(tenantId, "ELECTRICAL", "电气设备、通信设备、仪器仪表", GENERAL_EQUIPMENT, 60, null),
				top(tenantId, SPECIAL_EQUIPMENT, "专用设备", 60, special),
				sub(tenantId, "MEDICAL", "医疗设备", SPECIAL_EQUIPMENT, 60, null),
				top(tenantId, RELICS, "文物和陈列品", null, none), top(tenantId, BOOKS_ARCHIVES, "图书和档案", null, none),
				top(tenantId, FURNITURE, "家具、用具、装具及动植物", 180, general),
				sub(tenantId, "DESK", "办公桌", FURNITURE, 180, "办公桌"),
				sub(tenantId, "CHAIR", "办公椅", FURNITURE, 180, "办公椅"),
				sub(tenantId, "CABINET", "文件柜、保密柜", FURNITURE, 240, null),
				sub(tenantId, "FIXTURES", "用具、装具", FURNITURE, 60, null));
		this.categories.saveAll(defaults);
		this.categories.flush();
	}

	private static AssetCategory top(long tenantId, String code, String name, Integer life, BigDecimal threshold) {
		return new AssetCategory(tenantId, code, name, null, code, life, threshold, null);
	}

	private static AssetCategory sub(long tenantId, String code, String name, String parent, Integer life,
			String equipment) {
		return new AssetCategory(tenantId, code, name, parent, parent, life, null, equipment);
	}

}
