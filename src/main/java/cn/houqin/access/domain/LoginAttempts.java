package cn.houqin.access.domain;

import java.time.Instant;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.AccessSettings;
import cn.houqin.audit.AuditActions;
import cn.houqin.audit.AuditApi;
import cn.houqin.shared.security.CurrentUser;

/**
 * Counts failed sign-ins and locks the account after too many within the window (e.g. 5
 * in 15 minutes). Page sign-ins, failures, lock-outs and sign-outs are written to the
 * audit trail.
 */
@Component
class LoginAttempts {

	private final UserAccounts accounts;

	private final AccessSettings settings;

	private final AuditApi audit;

	LoginAttempts(UserAccounts accounts, AccessSettings settings, AuditApi audit) {
		this.accounts = accounts;
		this.settings = settings;
		this.audit = audit;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(AbstractAuthenticationFailureEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
			String reason = event.getException().getClass().getSimpleName();
			if (event instanceof AuthenticationFailureBadCredentialsEvent) {
				boolean locked = account.recordFailure(Instant.now(), this.settings.maxFailedLogins(),
						this.settings.failureWindow(), this.settings.lockout());
				this.accounts.save(account);
				reason = locked ? "locked" : "bad-credentials";
			}
			this.audit.recordAs(account.getTenantId(), account.getId(), account.getUsername(),
					AuditActions.LOGIN_FAILURE, "access.user", String.valueOf(account.getId()),
					Map.of("reason", reason));
		});
	}

	/**
	 * Any successful authentication (pages and API) clears the failure count; no write
	 * when it is zero.
	 */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof CurrentUser user)) {
			return;
		}
		this.accounts.findById(user.userId()).ifPresent(UserAccount::recordSuccess);
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			this.audit.recordAs(user.tenantId(), user.userId(), user.getUsername(), AuditActions.LOGIN_SUCCESS,
					"access.user", String.valueOf(user.userId()), Map.of());
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void signedOut(LogoutSuccessEvent event) {
		if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			this.audit.recordAs(user.tenantId(), user.userId(), user.getUsername(), AuditActions.LOGOUT, "access.user",
					String.valueOf(user.userId()), Map.of());
		}
	}

}
