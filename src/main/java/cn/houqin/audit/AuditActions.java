package cn.houqin.audit;

/**
 * The actions the trail knows by name. Entity changes are recorded as {@link #CREATE},
 * {@link #UPDATE} and {@link #DELETE}; other modules may use the rest or their own words.
 */
public final class AuditActions {

	public static final String CREATE = "CREATE";

	public static final String UPDATE = "UPDATE";

	public static final String DELETE = "DELETE";

	public static final String LOGIN_SUCCESS = "LOGIN_SUCCESS";

	public static final String LOGIN_FAILURE = "LOGIN_FAILURE";

	public static final String LOGOUT = "LOGOUT";

	public static final String PASSWORD_RESET = "PASSWORD_RESET";

	public static final String VERIFY = "VERIFY";

	private AuditActions() {
	}

}
