package cn.houqin.supplies.domain;

import java.util.List;

/**
 * Column headers of the catalogue import sheet (办公用品目录导入), also the downloadable
 * template's header row.
 */
public final class ItemSheet {

	public static final String CODE = "物品编码";

	public static final String NAME = "物品名称";

	public static final String CATEGORY = "类别";

	public static final String SPECIFICATION = "规格型号";

	public static final String UNIT = "计量单位";

	public static final String PRICE = "参考单价";

	public static final String POLICY = "供应方式";

	public static final String MIN = "最低库存";

	public static final String MAX = "最高库存";

	public static final List<String> REQUIRED_COLUMNS = List.of(CODE, NAME, CATEGORY, UNIT, PRICE);

	public static final List<String> COLUMNS = List.of(CODE, NAME, CATEGORY, SPECIFICATION, UNIT, PRICE, POLICY, MIN,
			MAX);

	private ItemSheet() {
	}

}
