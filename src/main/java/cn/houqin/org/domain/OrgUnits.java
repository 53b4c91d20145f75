package cn.houqin.org.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrgUnits extends JpaRepository<OrgUnit, Long> {

	List<OrgUnit> findByTenantIdOrderByPathAscSortOrderAsc(long tenantId);

	Optional<OrgUnit> findByTenantIdAndId(long tenantId, long id);

	Optional<OrgUnit> findByTenantIdAndCode(long tenantId, String code);

	List<OrgUnit> findByTenantIdAndIdIn(long tenantId, Collection<Long> ids);

	List<OrgUnit> findByTenantIdAndHeadStaffId(long tenantId, long staffId);

	@Query("select u.id from OrgUnit u where u.tenantId = :tenantId and u.path like concat(:path, '%')")
	List<Long> idsUnder(long tenantId, String path);

	boolean existsByTenantIdAndParentId(long tenantId, long parentId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update OrgUnit u set u.path = concat(:newPath, substring(u.path, length(:oldPath) + 1))
			where u.tenantId = :tenantId and u.path like concat(:oldPath, '%') and u.path <> :oldPath""")
	int movePaths(long tenantId, String oldPath, String newPath);

}
