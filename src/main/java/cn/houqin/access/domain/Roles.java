package cn.houqin.access.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Roles extends JpaRepository<Role, Long> {

	List<Role> findByTenantIdOrderByCode(long tenantId);

	List<Role> findByTenantIdAndIdIn(long tenantId, Collection<Long> ids);

	Optional<Role> findByTenantIdAndId(long tenantId, long id);

	Optional<Role> findByTenantIdAndCode(long tenantId, String code);

	@Query("select distinct r.tenantId from Role r where r.builtIn = true")
	List<Long> tenantsWithBuiltInRoles();

}
