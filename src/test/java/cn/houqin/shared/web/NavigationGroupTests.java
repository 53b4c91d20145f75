package cn.houqin.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationGroupTests {

	private static final NavigationItem TREE = new NavigationItem(10, "org.nav.tree", "/org/units", null, "org.group");

	private static final NavigationItem STAFF = new NavigationItem(11, "org.nav.staff", "/org/staff", null,
			"org.group");

	private static final NavigationItem INBOX = new NavigationItem(30, "approval.nav.inbox", "/approval/inbox", null,
			"approval.group");

	private static final NavigationItem USERS = new NavigationItem(80, "access.nav.users", "/access/users", null,
			"org.group");

	@Test
	void menusKeepTheOrderOfTheirFirstEntry() {
		List<NavigationGroup> groups = NavigationGroup.of(List.of(TREE, STAFF, INBOX, USERS));
		assertThat(groups).extracting(NavigationGroup::labelKey).containsExactly("org.group", "approval.group");
		assertThat(groups.get(0).items()).containsExactly(TREE, STAFF, USERS);
	}

	@Test
	void aMenuIsActiveOnThePagesOfItsEntries() {
		NavigationGroup org = NavigationGroup.of(List.of(TREE, STAFF)).get(0);
		assertThat(org.contains("/org/staff/12")).isTrue();
		assertThat(org.contains("/approval/inbox")).isFalse();
		assertThat(org.id()).isEqualTo("nav-org-group");
	}

}
