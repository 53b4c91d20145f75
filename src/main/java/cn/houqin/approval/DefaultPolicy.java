package cn.houqin.approval;

import java.math.BigDecimal;
import java.util.List;

/**
 * A module's default approval policy for one of its document types, declared as a bean. A
 * tenant gets it as revision 1 the first time the type is needed; administrators revise
 * it on the policy pages. Tiers run upwards from zero; each tier's {@code upTo} is
 * inclusive (以下 includes the number), the last may have none.
 *
 * @param documentType e.g. {@code ASSET_DISPOSAL}; its label is the message key
 * {@code approval.type.<documentType>}
 * @param tiers amount tiers, lowest first
 * @param deptLeaderFirst whether the requesting unit's leader agrees before the tiers'
 * steps
 */
public record DefaultPolicy(String documentType, List<Tier> tiers, boolean deptLeaderFirst) {

	public DefaultPolicy {
		tiers = List.copyOf(tiers);
	}

	/**
	 * @param upTo the highest amount of the tier in 元, or {@code null} for no cap
	 * @param steps who signs, in order
	 */
	public record Tier(BigDecimal upTo, List<Step> steps) {

		public Tier {
			steps = List.copyOf(steps);
		}

	}

	/**
	 * A step: the holder of a built-in role found in the requester's unit or its nearest
	 * ancestor that has one.
	 *
	 * @param roleCode e.g. {@code unit-head}
	 * @param collective whether it is a collective decision (meeting date and minutes)
	 */
	public record Step(String roleCode, boolean collective) {

		public static Step of(String roleCode) {
			return new Step(roleCode, false);
		}

		public static Step collectiveOf(String roleCode) {
			return new Step(roleCode, true);
		}

	}

}
