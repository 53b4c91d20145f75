package cn.houqin.access.domain;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.AccessSettings;
import cn.houqin.shared.security.CurrentUser;

/**
 * Counts failed sign-ins and locks the account after too many within the window (e.g. 5
 * in 15 minutes).
 */
@Component
class LoginAttempts {

	private final UserAccounts accounts;

	private final AccessSettings settings;

	LoginAttempts(UserAccounts accounts, AccessSettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
			account.recordFailure(Instant.now(), this.settings.maxFailedLogins(), this.settings.failureWindow(),
					this.settings.lockout());
			this.accounts.save(account);
		});
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof CurrentUser user)) {
			return;
		}
		this.accounts.findById(user.userId()).ifPresent(account -> {
			account.recordSuccess();
			this.accounts.save(account);
		});
	}

}
