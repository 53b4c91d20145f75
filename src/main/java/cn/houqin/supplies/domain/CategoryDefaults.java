package cn.houqin.supplies.domain;

import java.util.List;

/**
 * The seed's categories (篇8 第四条): stocked everyday items and the on-demand classes.
 */
final class CategoryDefaults {

	record Node(String code, String parentCode, String name, StockPolicy policy) {
	}

	static final List<Node> NODES = List.of(new Node("STOCKED", null, "常用办公用品（适量库存）", StockPolicy.STOCKED),
			new Node("PEN", "STOCKED", "中性笔", StockPolicy.STOCKED),
			new Node("PAPER", "STOCKED", "打印/复印纸", StockPolicy.STOCKED),
			new Node("TISSUE", "STOCKED", "面巾纸", StockPolicy.STOCKED),
			new Node("CUP", "STOCKED", "纸杯", StockPolicy.STOCKED),
			new Node("ON_DEMAND", null, "随用随买类", StockPolicy.ON_DEMAND),
			new Node("FILING", "ON_DEMAND", "文件档案管理类", StockPolicy.ON_DEMAND),
			new Node("DESK", "ON_DEMAND", "桌面用品", StockPolicy.ON_DEMAND),
			new Node("WRITING", "ON_DEMAND", "文书用品", StockPolicy.ON_DEMAND),
			new Node("COMPUTER", "ON_DEMAND", "电脑用品", StockPolicy.ON_DEMAND),
			new Node("CONSUMABLE", "ON_DEMAND", "办公耗材", StockPolicy.ON_DEMAND),
			new Node("LIGHTING", "ON_DEMAND", "照明用品", StockPolicy.ON_DEMAND),
			new Node("EQUIPMENT", "ON_DEMAND", "办公设备（大件物品）", StockPolicy.ON_DEMAND));

	private CategoryDefaults() {
	}

}
