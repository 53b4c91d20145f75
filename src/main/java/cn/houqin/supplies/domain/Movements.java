package cn.houqin.supplies.domain;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Movements extends JpaRepository<Movement, Long> {

	Page<Movement> findByTenantIdAndItemIdOrderByIdDesc(long tenantId, long itemId, Pageable pageable);

	List<Movement> findByTenantIdAndItemIdOrderById(long tenantId, long itemId);

	@Query("select coalesce(sum(m.quantity), 0) from Movement m where m.tenantId = :tenantId and m.itemId = :itemId")
	BigDecimal quantityOf(long tenantId, long itemId);

	@Query("select coalesce(sum(m.amount), 0) from Movement m where m.tenantId = :tenantId and m.itemId = :itemId")
	BigDecimal valueOf(long tenantId, long itemId);

}
