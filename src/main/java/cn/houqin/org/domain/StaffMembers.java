package cn.houqin.org.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import cn.houqin.org.StaffStatus;

interface StaffMembers extends JpaRepository<StaffMember, Long>, JpaSpecificationExecutor<StaffMember> {

	Optional<StaffMember> findByTenantIdAndId(long tenantId, long id);

	Optional<StaffMember> findByTenantIdAndEmployeeNo(long tenantId, String employeeNo);

	boolean existsByTenantIdAndEmployeeNo(long tenantId, String employeeNo);

	Optional<StaffMember> findByTenantIdAndIdCardIndex(long tenantId, String idCardIndex);

	List<StaffMember> findByTenantIdAndIdIn(long tenantId, Collection<Long> ids);

	long countByTenantIdAndUnitIdInAndStatus(long tenantId, Collection<Long> unitIds, StaffStatus status);

	long countByTenantIdAndPositionId(long tenantId, long positionId);

	long countByTenantIdAndRankId(long tenantId, long rankId);

	long countByTenantIdAndUnitIdAndPositionIdAndStatus(long tenantId, long unitId, long positionId,
			StaffStatus status);

	@Query("""
			select s.positionId as positionId, count(s) as headcount from StaffMember s
			where s.tenantId = :tenantId and s.unitId = :unitId and s.status = :status and s.positionId is not null
			group by s.positionId""")
	List<PositionHeadcount> headcountByPosition(long tenantId, long unitId, StaffStatus status);

	@Query("select count(s) from StaffMember s where s.tenantId = :tenantId and s.pendingMove.kind is not null and s.unitId in :unitIds")
	long countPendingMovesIn(long tenantId, Collection<Long> unitIds);

	@Query("select count(s) from StaffMember s where s.tenantId = :tenantId and s.pendingMove.kind is not null")
	long countPendingMoves(long tenantId);

	interface PositionHeadcount {

		Long getPositionId();

		long getHeadcount();

	}

}
