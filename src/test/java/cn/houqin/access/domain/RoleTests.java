package cn.houqin.access.domain;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTests {

	@Test
	void grantsNewDefaultsOnceAndRespectsRemovals() {
		Role role = new Role(1, "staff", "职工", true, Set.of("a.view"));
		assertThat(role.offerDefaults(Set.of("a.view", "b.view"))).isTrue();
		assertThat(role.getPermissions()).containsExactlyInAnyOrder("a.view", "b.view");
		role.grantOnly(Set.of("a.view"));
		assertThat(role.offerDefaults(Set.of("a.view", "b.view"))).isFalse();
		assertThat(role.getPermissions()).containsExactly("a.view");
	}

}
