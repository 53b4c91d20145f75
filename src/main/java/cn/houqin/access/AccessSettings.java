package cn.houqin.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules: lock-out after {@code maxFailedLogins} failures within
 * {@code failureWindow}, for {@code lockout}.
 */
@ConfigurationProperties("houqin.security")
public record AccessSettings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration failureWindow,
		@DefaultValue("15m") Duration lockout) {

}
