package cn.houqin.notification.web;

import jakarta.validation.constraints.Size;

import cn.houqin.notification.domain.PreferenceChange;
import cn.houqin.notification.domain.PreferenceView;

/**
 * The notification settings form.
 */
class PreferenceForm {

	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	private boolean emailEnabled;

	private String language;

	private Long version;

	static PreferenceForm of(PreferenceView view) {
		PreferenceForm form = new PreferenceForm();
		form.email = view.email();
		form.emailEnabled = view.emailEnabled();
		form.language = view.language();
		form.version = view.version();
		return form;
	}

	PreferenceChange toChange() {
		return new PreferenceChange(this.email, this.emailEnabled, this.language, this.version);
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isEmailEnabled() {
		return this.emailEnabled;
	}

	public void setEmailEnabled(boolean emailEnabled) {
		this.emailEnabled = emailEnabled;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
