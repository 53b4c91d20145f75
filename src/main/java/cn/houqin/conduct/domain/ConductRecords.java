package cn.houqin.conduct.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ConductRecords extends JpaRepository<ConductRecord, Long>, JpaSpecificationExecutor<ConductRecord> {

	Optional<ConductRecord> findByTenantIdAndId(long tenantId, long id);

	List<ConductRecord> findByTenantIdAndStatus(long tenantId, RecordStatus status);

}
