package cn.houqin.repairs.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Photos extends JpaRepository<Photo, Long> {

	Optional<Photo> findByTenantIdAndIdAndWorkOrderId(long tenantId, long id, long workOrderId);

	@Query("select p.id from Photo p where p.tenantId = :tenant and p.workOrderId = :order order by p.id")
	List<Long> idsOf(@Param("tenant") long tenantId, @Param("order") long workOrderId);

}
