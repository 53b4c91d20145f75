package cn.houqin.assets.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssetDamages extends JpaRepository<AssetDamage, Long> {

	Optional<AssetDamage> findByTenantIdAndId(long tenantId, long id);

	List<AssetDamage> findByTenantIdAndAssetIdOrderByOccurredOnDesc(long tenantId, long assetId);

	List<AssetDamage> findByTenantIdOrderByOccurredOnDescIdDesc(long tenantId);

}
