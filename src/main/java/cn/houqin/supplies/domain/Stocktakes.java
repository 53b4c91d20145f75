package cn.houqin.supplies.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Stocktakes extends JpaRepository<Stocktake, Long> {

	Optional<Stocktake> findByTenantIdAndId(long tenantId, long id);

}
