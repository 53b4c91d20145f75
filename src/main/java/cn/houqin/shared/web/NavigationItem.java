package cn.houqin.shared.web;

/**
 * One entry of the module navigation: shown only to users holding the permission.
 *
 * @param order position in the menu
 * @param labelKey message key of the label
 * @param path the page it opens
 * @param permission permission code needed to see it, or {@code null} for every signed-in
 * user
 * @param group message key of the menu group
 */
public record NavigationItem(int order, String labelKey, String path, String permission, String group) {

}
