package cn.houqin.shared.jpa;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.houqin.shared.security.CurrentUser;

/**
 * Fills created/updated by with the signed-in user's id.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentUserAuditor")
class JpaConfig {

	@Bean
	AuditorAware<Long> currentUserAuditor() {
		return () -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
				return Optional.of(user.userId());
			}
			return Optional.empty();
		};
	}

}
