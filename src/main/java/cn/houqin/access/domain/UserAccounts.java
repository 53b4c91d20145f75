package cn.houqin.access.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface UserAccounts extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findByTenantIdAndId(long tenantId, long id);

	java.util.List<UserAccount> findByTenantIdAndStaffId(long tenantId, long staffId);

	boolean existsByUsername(String username);

	@Query("""
			select distinct u from UserAccount u join u.roles r
			where u.tenantId = :tenantId and u.unitId = :unitId and u.enabled = true and r.roleId = :roleId
			order by u.id""")
	java.util.List<UserAccount> holdersOf(long tenantId, long unitId, long roleId);

}
