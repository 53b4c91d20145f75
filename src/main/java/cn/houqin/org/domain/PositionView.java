package cn.houqin.org.domain;

/**
 * A position (岗位) as the reference-data pages and the API show it.
 */
public record PositionView(long id, long version, String code, String name, StaffCategory category) {

	static PositionView of(Position position) {
		return new PositionView(position.getId(), position.getVersion(), position.getCode(), position.getName(),
				position.getCategory());
	}

}
