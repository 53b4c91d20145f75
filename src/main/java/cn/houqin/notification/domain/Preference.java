package cn.houqin.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.houqin.shared.audit.AuditMasked;
import cn.houqin.shared.audit.Audited;
import cn.houqin.shared.jpa.Aggregate;

/**
 * A user's notification settings (通知设置): the e-mail address messages may also go to,
 * whether they want e-mail at all, and the language of the e-mails.
 */
@Entity
@Table(name = "ntf_preference")
@Audited("notification.preference")
class Preference extends Aggregate<Preference> {

	static final String DEFAULT_LANGUAGE = "zh-CN";

	@Column(name = "user_id")
	private long userId;

	@AuditMasked
	private String email;

	@Column(name = "email_enabled")
	private boolean emailEnabled;

	private String language = DEFAULT_LANGUAGE;

	protected Preference() {
	}

	Preference(long tenantId, long userId) {
		super(tenantId);
		this.userId = userId;
	}

	void change(String email, boolean emailEnabled, String language) {
		this.email = email;
		this.emailEnabled = emailEnabled && email != null;
		this.language = language;
	}

	/** Whether an e-mail may be sent: turned on, with an address. */
	boolean wantsEmail() {
		return this.emailEnabled && this.email != null;
	}

	long getUserId() {
		return this.userId;
	}

	String getEmail() {
		return this.email;
	}

	boolean isEmailEnabled() {
		return this.emailEnabled;
	}

	String getLanguage() {
		return this.language;
	}

}
