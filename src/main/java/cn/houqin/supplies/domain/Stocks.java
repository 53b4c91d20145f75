package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Stocks extends JpaRepository<Stock, Long> {

	Optional<Stock> findByTenantIdAndItemId(long tenantId, long itemId);

	List<Stock> findByTenantIdAndItemIdIn(long tenantId, Collection<Long> itemIds);

	@Query("select s.onHand - s.reserved from Stock s where s.tenantId = :tenantId and s.itemId = :itemId")
	Optional<BigDecimal> available(long tenantId, long itemId);

	/**
	 * Reserves the quantity only while enough is available: the guard and the change are
	 * one statement, so concurrent reservations cannot overdraw.
	 */
	@Modifying(flushAutomatically = true)
	@Query("update Stock s set s.reserved = s.reserved + :quantity where s.tenantId = :tenantId "
			+ "and s.itemId = :itemId and s.onHand - s.reserved >= :quantity")
	int reserve(long tenantId, long itemId, BigDecimal quantity);

	@Modifying(flushAutomatically = true)
	@Query("update Stock s set s.reserved = s.reserved - :quantity where s.tenantId = :tenantId "
			+ "and s.itemId = :itemId and s.reserved >= :quantity")
	int release(long tenantId, long itemId, BigDecimal quantity);

}
