package cn.houqin.supplies.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Items extends JpaRepository<Item, Long>, JpaSpecificationExecutor<Item> {

	Optional<Item> findByTenantIdAndId(long tenantId, long id);

	List<Item> findByTenantIdAndIdIn(long tenantId, Collection<Long> ids);

	boolean existsByTenantIdAndCode(long tenantId, String code);

	@Query("select i.code from Item i where i.tenantId = ?1")
	List<String> codes(long tenantId);

	List<Item> findByTenantIdAndStockPolicyOrderByCode(long tenantId, StockPolicy policy);

}
