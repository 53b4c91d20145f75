package cn.houqin.repairs.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.audit.AuditActions;
import cn.houqin.audit.AuditApi;

/**
 * The fault categories each technician handles (rows of {@code rep_technician_skill}),
 * read in one query for a list of technicians and replaced by the dispatcher with an
 * audit entry naming the old and new skills.
 */
@Component
public class TechnicianSkills {

	static final String AUDIT_TYPE = "repairs.technicianSkills";

	private final JdbcClient jdbc;

	private final AuditApi audit;

	TechnicianSkills(JdbcClient jdbc, AuditApi audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * The skills of the given technicians; a technician without skills maps to an empty
	 * set.
	 */
	public Map<Long, Set<Category>> of(long tenantId, Collection<Long> userIds) {
		Map<Long, Set<Category>> result = new HashMap<>();
		userIds.forEach(id -> result.put(id, EnumSet.noneOf(Category.class)));
		if (userIds.isEmpty()) {
			return result;
		}
		this.jdbc
			.sql("select user_id, category from rep_technician_skill where tenant_id = :tenant and user_id in (:users)")
			.param("tenant", tenantId)
			.param("users", userIds)
			.query((rs, n) -> Map.entry(rs.getLong(1), Category.valueOf(rs.getString(2))))
			.list()
			.forEach(e -> result.get(e.getKey()).add(e.getValue()));
		return result;
	}

	/** The skills of one technician. */
	public Set<Category> of(long tenantId, long userId) {
		return of(tenantId, Set.of(userId)).get(userId);
	}

	/**
	 * Replaces a technician's skills in one transaction and records the change in the
	 * audit trail.
	 */
	@Transactional
	public Set<Category> change(long tenantId, long userId, Set<Category> skills) {
		Set<Category> before = of(tenantId, userId);
		Set<Category> after = skills.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(skills);
		write(tenantId, userId, after);
		Map<String, String> details = new LinkedHashMap<>();
		details.put("before", describe(before));
		details.put("after", describe(after));
		this.audit.record(AuditActions.UPDATE, AUDIT_TYPE, Long.toString(userId), details);
		return after;
	}

	/** Gives a technician skills when none are recorded yet (demo data). */
	void seed(long tenantId, long userId, Set<Category> skills) {
		if (of(tenantId, userId).isEmpty()) {
			write(tenantId, userId, skills);
		}
	}

	private void write(long tenantId, long userId, Set<Category> skills) {
		this.jdbc.sql("delete from rep_technician_skill where tenant_id = :tenant and user_id = :user")
			.param("tenant", tenantId)
			.param("user", userId)
			.update();
		for (Category category : skills) {
			this.jdbc.sql(
					"insert into rep_technician_skill (tenant_id, user_id, category) values (:tenant, :user, :category)")
				.param("tenant", tenantId)
				.param("user", userId)
				.param("category", category.name())
				.update();
		}
	}

	static String describe(Set<Category> skills) {
		return skills.stream().sorted().map(Category::name).collect(Collectors.joining(","));
	}

}
