package cn.houqin.shared;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.security.ScopeGrant;
import cn.houqin.shared.security.ScopeType;
import cn.houqin.shared.security.UnitHierarchy;
import cn.houqin.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

class DataScopesTests {

	/** 1 → 2 → 3, and 1 → 4. */
	private static final Map<Long, Set<Long>> TREE = Map.of(1L, Set.of(1L, 2L, 3L, 4L), 2L, Set.of(2L, 3L), 3L,
			Set.of(3L), 4L, Set.of(4L));

	private final UnitHierarchy hierarchy = (tenantId, ids) -> subtrees(ids);

	private final DataScopes scopes = new DataScopes(this.hierarchy);

	private static Set<Long> subtrees(Collection<Long> ids) {
		Set<Long> out = new HashSet<>();
		ids.forEach(id -> out.addAll(TREE.get(id)));
		return out;
	}

	@Test
	void unitScopeIsTheOwnUnitOnly() {
		CurrentUser user = TestUsers.withScope(1, 2L, ScopeGrant.of(ScopeType.UNIT), "x.view");
		DataScope scope = this.scopes.forPermission(user, "x.view");
		assertThat(scope.unitIds()).containsExactly(2L);
		assertThat(scope.permitsUnit(3L)).isFalse();
	}

	@Test
	void unitAndBelowIncludesTheSubtree() {
		CurrentUser user = TestUsers.withScope(1, 2L, ScopeGrant.of(ScopeType.UNIT_AND_BELOW), "x.view");
		assertThat(this.scopes.forPermission(user, "x.view").unitIds()).containsExactlyInAnyOrder(2L, 3L);
	}

	@Test
	void chosenUnitsIncludeTheirSubtrees() {
		CurrentUser user = TestUsers.withScope(1, 3L, new ScopeGrant(ScopeType.CHOSEN_UNITS, Set.of(2L, 4L)), "x.view");
		assertThat(this.scopes.forPermission(user, "x.view").unitIds()).containsExactlyInAnyOrder(2L, 3L, 4L);
	}

	@Test
	void ownScopeSeesOnlyOwnRecords() {
		CurrentUser user = TestUsers.withScope(1, 3L, ScopeGrant.of(ScopeType.OWN), "x.view");
		DataScope scope = this.scopes.forPermission(user, "x.view");
		assertThat(scope.unitIds()).isEmpty();
		assertThat(scope.permits(3L, null)).isFalse();
	}

	@Test
	void tenantScopeSeesEverything() {
		DataScope scope = this.scopes.forPermission(TestUsers.tenantWide(1, "x.view"), "x.view");
		assertThat(scope.tenantWide()).isTrue();
		assertThat(scope.permitsUnit(999L)).isTrue();
	}

	@Test
	void withoutThePermissionNothingIsVisible() {
		DataScope scope = this.scopes.forPermission(TestUsers.tenantWide(1, "x.view"), "y.view");
		assertThat(scope.tenantWide()).isFalse();
		assertThat(scope.unitIds()).isEmpty();
	}

}
