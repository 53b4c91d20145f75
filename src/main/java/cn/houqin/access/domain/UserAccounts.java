package cn.houqin.access.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface UserAccounts extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findByTenantIdAndId(long tenantId, long id);

	java.util.List<UserAccount> findByTenantIdAndStaffId(long tenantId, long staffId);

	boolean existsByUsername(String username);

}
