package cn.houqin.conduct.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Offences extends JpaRepository<Offence, Long> {

	Optional<Offence> findByTenantIdAndCode(long tenantId, String code);

	Optional<Offence> findByTenantIdAndId(long tenantId, long id);

	List<Offence> findByTenantIdOrderBySortOrderAsc(long tenantId);

	boolean existsByTenantId(long tenantId);

}
