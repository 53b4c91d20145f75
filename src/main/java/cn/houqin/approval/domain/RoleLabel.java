package cn.houqin.approval.domain;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A role's label as a message argument: {@code approval.role.<code>}, the code itself
 * when the tenant uses a role the bundle does not name.
 */
public final class RoleLabel {

	private RoleLabel() {
	}

	public static DefaultMessageSourceResolvable of(String roleCode) {
		return new DefaultMessageSourceResolvable(new String[] { "approval.role." + roleCode }, roleCode);
	}

	/** {@code logistics-head} → {@code LOGISTICS_HEAD}, the API's spelling. */
	public static String constant(String roleCode) {
		return roleCode.replace('-', '_').toUpperCase(java.util.Locale.ROOT);
	}

}
