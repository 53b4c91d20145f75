package cn.houqin.conduct.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFiles extends JpaRepository<EvidenceFile, Long> {

	List<EvidenceFile> findByRecordIdOrderById(long recordId);

}
