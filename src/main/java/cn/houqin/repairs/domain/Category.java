package cn.houqin.repairs.domain;

/**
 * What kind of fault (报修类别): 水, 电, 暖通, 门窗木工, 网络通信, 设备, 其他, each with the urgency a plain
 * report of it gets.
 */
public enum Category {

	WATER(Urgency.NORMAL, "水"), ELECTRIC(Urgency.NORMAL, "电"), HVAC(Urgency.NORMAL, "暖通"),
	CARPENTRY(Urgency.LOW, "门窗木工"), NETWORK(Urgency.NORMAL, "网络通信"), EQUIPMENT(Urgency.NORMAL, "设备"),
	OTHER(Urgency.LOW, "其他");

	private final Urgency defaultUrgency;

	private final String chinese;

	Category(Urgency defaultUrgency, String chinese) {
		this.defaultUrgency = defaultUrgency;
		this.chinese = chinese;
	}

	/** The category by its code ({@code WATER}) or its Chinese name ({@code 水}). */
	public static Category parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.trim();
		for (Category c : values()) {
			if (c.name().equalsIgnoreCase(t) || c.chinese.equals(t)) {
				return c;
			}
		}
		return null;
	}

	public Urgency defaultUrgency() {
		return this.defaultUrgency;
	}

}
