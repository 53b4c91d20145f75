package cn.houqin.supplies.domain;

/**
 * Who acts: the user, their staff record and unit, and the name the register shows.
 */
public record Requester(long userId, Long staffId, Long unitId, String name) {

	/** The requester's unit; refused when the account is linked to none. */
	public long requireUnit() {
		if (this.unitId == null) {
			throw new cn.houqin.shared.web.BusinessRuleException("supplies.error.noUnit");
		}
		return this.unitId;
	}

}
