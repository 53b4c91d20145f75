package cn.houqin.notification.domain;

/**
 * A user's notification settings as the settings page shows them.
 *
 * @param email the address e-mails go to, or {@code null}
 * @param emailEnabled whether e-mails are sent
 * @param language the e-mails' language tag ({@code zh-CN}, {@code en})
 * @param version the settings' version, {@code null} before they were first saved
 */
public record PreferenceView(String email, boolean emailEnabled, String language, Long version) {

}
