package cn.houqin.shared.security;

import java.util.List;

/**
 * A module's permission codes, declared as a bean so that role pages can offer them.
 * Labels are the message keys {@code perm.<code>}.
 *
 * @param module message key of the module's name
 * @param codes permission codes such as {@code org.staff.view}
 */
public record Permissions(String module, List<String> codes) {

}
