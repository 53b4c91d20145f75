package cn.houqin.org.domain;

/**
 * A unit in a pick list, indented by depth.
 */
public record UnitChoice(long id, String name, int depth, boolean active) {

	public String indented() {
		return "\u3000".repeat(this.depth) + this.name;
	}

}
