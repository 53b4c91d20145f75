package cn.houqin.assets.domain;

import java.util.List;

/**
 * Column headers of the asset register sheet, for import and export alike.
 */
public final class AssetSheet {

	public static final String ASSET_NO = "资产编号";

	public static final String NAME = "资产名称";

	public static final String CATEGORY = "分类代码";

	public static final String MODEL = "规格型号";

	public static final String SERIAL = "序列号";

	public static final String SUPPLIER = "供应商";

	public static final String PURCHASE_DATE = "购置日期";

	public static final String VALUE = "原值";

	public static final String FUNDING = "经费来源";

	public static final String LOCATION = "存放地点";

	public static final String UNIT = "使用单位编码";

	public static final String CUSTODIAN = "责任人工号";

	public static final List<String> REQUIRED_COLUMNS = List.of(NAME, CATEGORY, PURCHASE_DATE, VALUE, UNIT);

	public static final List<String> COLUMNS = List.of(ASSET_NO, NAME, CATEGORY, MODEL, SERIAL, SUPPLIER, PURCHASE_DATE,
			VALUE, FUNDING, LOCATION, UNIT, CUSTODIAN);

	private AssetSheet() {
	}

}
