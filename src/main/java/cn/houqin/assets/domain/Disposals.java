package cn.houqin.assets.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Disposals extends JpaRepository<Disposal, Long> {

	Optional<Disposal> findByTenantIdAndId(long tenantId, long id);

	List<Disposal> findByTenantIdOrderByIdDesc(long tenantId);

}
