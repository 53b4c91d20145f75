package cn.houqin.assets.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import cn.houqin.assets.AssetStatus;

interface Assets extends JpaRepository<Asset, Long>, JpaSpecificationExecutor<Asset> {

	Optional<Asset> findByTenantIdAndId(long tenantId, long id);

	Optional<Asset> findByTenantIdAndAssetNo(long tenantId, String assetNo);

	List<Asset> findByTenantIdAndIdIn(long tenantId, Collection<Long> ids);

	List<Asset> findByTenantIdAndCustodianStaffIdAndStatusNotOrderByAssetNo(long tenantId, long staffId,
			AssetStatus status);

	List<Asset> findByTenantIdAndStatusNot(long tenantId, AssetStatus status);

	@Query("select a.assetNo from Asset a where a.tenantId = :tenantId")
	List<String> assetNumbers(long tenantId);

	long countByTenantId(long tenantId);

	boolean existsByTenantIdAndReceiptIdAndName(long tenantId, long receiptId, String name);

}
