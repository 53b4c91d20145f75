package cn.houqin.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.houqin.shared.security.Permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PermissionsTests {

	@Test
	void namesTheCodesABuiltInRoleHoldsByDefault() {
		Permissions permissions = new Permissions("x.module", List.of("x.item.view", "x.item.manage"),
				Map.of("staff", Set.of("x.item.view")));
		assertThat(permissions.defaultsFor("staff")).containsExactly("x.item.view");
		assertThat(permissions.defaultsFor("auditor")).isEmpty();
	}

	@Test
	void refusesRoleDefaultsForCodesTheModuleDoesNotDeclare() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Permissions("x.module", List.of("x.item.view"), Map.of("staff", Set.of("y.other"))));
	}

}
