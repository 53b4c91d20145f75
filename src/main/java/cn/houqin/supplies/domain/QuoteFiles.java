package cn.houqin.supplies.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuoteFiles extends JpaRepository<QuoteFile, Long> {

	Optional<QuoteFile> findByTenantIdAndRequestIdAndQuoteIndex(long tenantId, long requestId, int quoteIndex);

	/** Index and name of each document of a request, without the bytes. */
	@Query("select f.quoteIndex, f.fileName from QuoteFile f where f.tenantId = ?1 and f.requestId = ?2")
	List<Object[]> names(long tenantId, long requestId);

	List<QuoteFile> findByTenantIdAndRequestId(long tenantId, long requestId);

}
