package cn.houqin.access.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokens extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByTenantIdAndUserIdOrderByIdDesc(long tenantId, long userId);

	Optional<ApiToken> findByTenantIdAndUserIdAndId(long tenantId, long userId, long id);

	/** Last use is bookkeeping, not a state change: updated without version or audit. */
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
	void touch(long id, Instant at);

}
