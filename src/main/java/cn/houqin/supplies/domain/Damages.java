package cn.houqin.supplies.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Damages extends JpaRepository<Damage, Long>, JpaSpecificationExecutor<Damage> {

	Optional<Damage> findByTenantIdAndId(long tenantId, long id);

	List<Damage> findByTenantIdOrderByIdDesc(long tenantId);

}
