package cn.houqin.supplies.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Categories extends JpaRepository<Category, Long> {

	List<Category> findByTenantIdOrderByCode(long tenantId);

	Optional<Category> findByTenantIdAndId(long tenantId, long id);

	Optional<Category> findByTenantIdAndCode(long tenantId, String code);

	boolean existsByTenantId(long tenantId);

}
