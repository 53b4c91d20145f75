package cn.houqin.assets.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssetCategories extends JpaRepository<AssetCategory, Long> {

	List<AssetCategory> findByTenantIdOrderByKindAscParentCodeAscCodeAsc(long tenantId);

	Optional<AssetCategory> findByTenantIdAndCode(long tenantId, String code);

	Optional<AssetCategory> findByTenantIdAndId(long tenantId, long id);

	boolean existsByTenantId(long tenantId);

}
