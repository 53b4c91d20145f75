package cn.houqin.assets.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Movements extends JpaRepository<Movement, Long> {

	Optional<Movement> findByTenantIdAndId(long tenantId, long id);

	List<Movement> findByTenantIdAndAssetIdOrderByRequestedAtDescIdDesc(long tenantId, long assetId);

	List<Movement> findByTenantIdAndStateOrderByRequestedAtAsc(long tenantId, MovementState state);

	long countByTenantIdAndStateAndToStaffId(long tenantId, MovementState state, long toStaffId);

}
