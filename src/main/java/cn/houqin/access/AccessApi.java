package cn.houqin.access;

import java.util.Map;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.houqin.access.domain.UserDirectory;

/**
 * What other modules may ask of access control: users, and who holds a role in a unit
 * (for routing work such as approvals to a person).
 */
@Component
public class AccessApi {

	private final UserDirectory users;

	AccessApi(UserDirectory users) {
		this.users = users;
	}

	public Optional<UserSummary> user(long tenantId, long userId) {
		return this.users.summary(tenantId, userId);
	}

	/** Users by id in one query (names for a list), missing ids left out. */
	public Map<Long, UserSummary> users(long tenantId, Collection<Long> userIds) {
		return userIds.isEmpty() ? Map.of() : this.users.summaries(tenantId, userIds);
	}

	/**
	 * The enabled user accounts of a staff member (usually one; none when the person has
	 * no account), e.g. to notify the person a record is about.
	 */
	public List<UserSummary> usersOfStaff(long tenantId, long staffId) {
		return this.users.usersOfStaff(tenantId, staffId);
	}

	/**
	 * Enabled users whose own unit is the given unit and who hold the role (by code, e.g.
	 * {@code logistics-head}), in user id order.
	 */
	public List<UserSummary> holders(long tenantId, String roleCode, long unitId) {
		return this.users.holders(tenantId, roleCode, unitId);
	}

}
