package cn.houqin.assets.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssetMovements extends JpaRepository<AssetMovement, Long> {

	Optional<AssetMovement> findByTenantIdAndId(long tenantId, long id);

	List<AssetMovement> findByTenantIdAndAssetIdOrderByRequestedAtDescIdDesc(long tenantId, long assetId);

	List<AssetMovement> findByTenantIdAndStateOrderByRequestedAtAsc(long tenantId, MovementState state);

	long countByTenantIdAndStateAndToStaffId(long tenantId, MovementState state, long toStaffId);

}
