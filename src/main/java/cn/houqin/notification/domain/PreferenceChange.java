package cn.houqin.notification.domain;

/**
 * New notification settings for the signed-in user.
 *
 * @param email an e-mail address, or {@code null} for none
 * @param emailEnabled whether e-mails are wanted (needs an address)
 * @param language {@code zh-CN} or {@code en}
 * @param version the version the user edited, {@code null} for first-time settings
 */
public record PreferenceChange(String email, boolean emailEnabled, String language, Long version) {

}
