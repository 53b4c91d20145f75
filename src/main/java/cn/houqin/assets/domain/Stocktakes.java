package cn.houqin.assets.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Stocktakes extends JpaRepository<Stocktake, Long> {

	Optional<Stocktake> findByTenantIdAndId(long tenantId, long id);

	List<Stocktake> findByTenantIdOrderByIdDesc(long tenantId);

	List<Stocktake> findByTenantIdAndStatus(long tenantId, StocktakeStatus status);

}
