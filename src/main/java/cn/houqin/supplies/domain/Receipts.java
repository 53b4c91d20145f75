package cn.houqin.supplies.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Receipts extends JpaRepository<Receipt, Long> {

	Optional<Receipt> findByTenantIdAndId(long tenantId, long id);

	Page<Receipt> findByTenantId(long tenantId, Pageable pageable);

	List<Receipt> findByTenantIdAndPurchaseRequestIdOrderById(long tenantId, long purchaseRequestId);

}
