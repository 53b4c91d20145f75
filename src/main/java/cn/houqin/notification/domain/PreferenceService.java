package cn.houqin.notification.domain;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.shared.web.BusinessRuleException;

/**
 * Reads and changes a user's own notification settings.
 */
@Service
public class PreferenceService {

	/** The languages e-mails can be written in. */
	public static final List<String> LANGUAGES = List.of("zh-CN", "en");

	private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final Preferences preferences;

	PreferenceService(Preferences preferences) {
		this.preferences = preferences;
	}

	@Transactional(readOnly = true)
	public PreferenceView view(long tenantId, long userId) {
		return this.preferences.findByTenantIdAndUserId(tenantId, userId)
			.map(PreferenceService::toView)
			.orElseGet(() -> new PreferenceView(null, false, Preference.DEFAULT_LANGUAGE, null));
	}

	/**
	 * Saves the settings; refuses e-mail turned on without a valid address, and a change
	 * made to settings that someone else (another session) saved in between.
	 */
	@Transactional
	public PreferenceView change(long tenantId, long userId, PreferenceChange change) {
		String email = change.email() == null || change.email().isBlank() ? null : change.email().trim();
		if (email != null && (email.length() > 254 || !ADDRESS.matcher(email).matches())) {
			throw new BusinessRuleException("email", "notification.settings.error.email");
		}
		if (change.emailEnabled() && email == null) {
			throw new BusinessRuleException("email", "notification.settings.error.emailRequired");
		}
		String language = LANGUAGES.contains(change.language()) ? change.language() : Preference.DEFAULT_LANGUAGE;
		Preference preference = this.preferences.findByTenantIdAndUserId(tenantId, userId)
			.orElseGet(() -> new Preference(tenantId, userId));
		if (preference.getId() != null) {
			preference.checkVersion(change.version() == null ? -1 : change.version());
		}
		preference.change(email, change.emailEnabled(), language);
		return toView(this.preferences.saveAndFlush(preference));
	}

	private static PreferenceView toView(Preference preference) {
		return new PreferenceView(preference.getEmail(), preference.isEmailEnabled(), preference.getLanguage(),
				preference.getVersion());
	}

}
