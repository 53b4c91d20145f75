package cn.houqin.shared.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/**
 * Counts the rows a list's criteria match, but stops at a cap. A list over a large table
 * (hundreds of thousands of requisitions) does not scan every matching row on each
 * request to print its exact total; past the cap it says there are more than 10,000 and
 * asks for a narrower filter, and its last reachable page is as cheap as its first.
 */
public final class CappedCount {

	/** The cap the lists use unless they say otherwise. */
	public static final int DEFAULT_CAP = 10_000;

	private CappedCount() {
	}

	/**
	 * The number of rows matching {@code criteria}, or {@code cap + 1} when there are
	 * more than {@code cap}.
	 */
	public static <T> long upTo(EntityManager entityManager, Class<T> type, Specification<T> criteria, int cap) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Integer> query = cb.createQuery(Integer.class);
		Root<T> root = query.from(type);
		Predicate where = criteria.toPredicate(root, query, cb);
		query.select(cb.literal(1));
		if (where != null) {
			query.where(where);
		}
		return entityManager.createQuery(query).setMaxResults(cap + 1).getResultList().size();
	}

}
