package cn.houqin.notification.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Preferences extends JpaRepository<Preference, Long> {

	Optional<Preference> findByTenantIdAndUserId(long tenantId, long userId);

}
