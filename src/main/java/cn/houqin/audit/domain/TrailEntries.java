package cn.houqin.audit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

import cn.houqin.audit.AuditQuery;

/**
 * Reads stored entries with typed criteria. There is deliberately no method that changes
 * or removes an entry.
 */
@Repository
class TrailEntries {

	@PersistenceContext
	private EntityManager entityManager;

	Optional<TrailEntry> find(long tenantId, long id) {
		return this.entityManager
			.createQuery("select e from TrailEntry e where e.tenantId = :tenant and e.id = :id", TrailEntry.class)
			.setParameter("tenant", tenantId)
			.setParameter("id", id)
			.getResultStream()
			.findFirst();
	}

	Page<TrailEntry> search(long tenantId, AuditQuery query, Pageable pageable) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<TrailEntry> select = cb.createQuery(TrailEntry.class);
		Root<TrailEntry> entry = select.from(TrailEntry.class);
		select.where(matching(cb, entry, tenantId, query)).orderBy(orders(cb, entry, pageable.getSort()));
		TypedQuery<TrailEntry> page = this.entityManager.createQuery(select)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize());
		CriteriaQuery<Long> count = cb.createQuery(Long.class);
		Root<TrailEntry> counted = count.from(TrailEntry.class);
		count.select(cb.count(counted)).where(matching(cb, counted, tenantId, query));
		return new PageImpl<>(page.getResultList(), pageable, this.entityManager.createQuery(count).getSingleResult());
	}

	private static Predicate[] matching(CriteriaBuilder cb, Root<TrailEntry> entry, long tenantId, AuditQuery query) {
		List<Predicate> where = new ArrayList<>();
		where.add(cb.equal(entry.get("tenantId"), tenantId));
		if (query.from() != null) {
			where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), query.from()));
		}
		if (query.to() != null) {
			where.add(cb.lessThan(entry.get("occurredAt"), query.to()));
		}
		if (hasText(query.actor())) {
			where.add(cb.like(cb.lower(entry.get("actorName")), "%" + escape(query.actor().toLowerCase()) + "%", '\\'));
		}
		if (hasText(query.action())) {
			where.add(cb.equal(entry.get("action"), query.action().trim()));
		}
		if (hasText(query.entityType())) {
			where.add(cb.like(entry.get("entityType"), escape(query.entityType()) + "%", '\\'));
		}
		if (hasText(query.entityId())) {
			where.add(cb.equal(entry.get("entityId"), query.entityId().trim()));
		}
		return where.toArray(Predicate[]::new);
	}

	private static List<Order> orders(CriteriaBuilder cb, Root<TrailEntry> entry, Sort sort) {
		List<Order> orders = new ArrayList<>();
		for (Sort.Order order : sort) {
			orders.add(order.isAscending() ? cb.asc(entry.get(order.getProperty()))
					: cb.desc(entry.get(order.getProperty())));
		}
		return orders;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String escape(String value) {
		return value.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
