package cn.houqin.assets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.assets.domain.AssetDraft;
import cn.houqin.assets.domain.AssetService;
import cn.houqin.assets.domain.AssetView;
import cn.houqin.assets.domain.AssetMovementKind;
import cn.houqin.assets.domain.MovementRequest;
import cn.houqin.assets.domain.AssetMovementView;
import cn.houqin.org.HandoverCheck;
import cn.houqin.org.OrgApi;
import cn.houqin.org.StaffStatus;
import cn.houqin.org.domain.StaffService;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScope;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.web.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AssetsIntegrationTest
@Transactional
class AssetHandoverIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	OrgApi org;

	@Autowired
	AssetService assets;

	@Autowired
	StaffService staffService;

	@Autowired
	DataScopes scopes;

	@Autowired
	List<HandoverCheck> checks;

	long tenantId() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

	AssetView card(String name, long staffId) {
		long unitId = this.org.staff(tenantId(), staffId).orElseThrow().unitId();
		return this.assets.create(new DataScope(tenantId(), true, Set.of(), null, 0L),
				new AssetDraft(name, "COMPUTER", null, null, null, LocalDate.of(2024, 3, 1), new BigDecimal("4800.00"),
						null, "住院楼 5 层护士站", unitId, staffId, null));
	}

	@Test
	@DisplayName("a custodian's departure is held, listing the assets, until each is handed over and confirmed")
	void departureWaitsForHandover() throws Exception {
		long leaving = this.org.staffByEmployeeNo(tenantId(), "E0018").orElseThrow().id();
		AssetView pc = card("护士站电脑", leaving);
		AssetView laptop = card("护理记录笔记本", leaving);
		CurrentUser admin = this.users.loadUserByUsername("demo-admin");
		DataScope moveScope = this.scopes.forPermission(admin, "org.staff.move");
		this.staffService.startDeparture(moveScope, leaving, StaffStatus.RESIGNED, LocalDate.now().plusDays(7), "辞职");

		assertThat(this.checks.stream().flatMap(c -> c.openItems(tenantId(), leaving).stream()))
			.extracting(HandoverCheck.HandoverItem::detail)
			.contains("护士站电脑（" + pc.assetNo() + "）", "护理记录笔记本（" + laptop.assetNo() + "）");
		this.mvc.perform(get("/org/staff/{id}", leaving).with(user(admin)))
			.andExpect(content().string(containsString(pc.assetNo())));
		this.mvc.perform(post("/org/staff/{id}/complete", leaving).with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("flashError", "org.staff.error.handoverOpen"));

		CurrentUser keeper = this.users.loadUserByUsername("demo-asset-keeper");
		CurrentUser receiver = this.users.loadUserByUsername("demo-dept-head");
		AssetMovementView handover = this.assets.requestMovement(keeper, pc.id(),
				new MovementRequest(AssetMovementKind.HANDOVER, receiver.staffId(), null, null, null, "离职交接"));
		AssetMovementView toStore = this.assets.requestMovement(keeper, laptop.id(),
				new MovementRequest(AssetMovementKind.STORE_RETURN, null, null, null, null, "退库"));
		assertThatThrownBy(() -> this.staffService.completeMove(moveScope, leaving))
			.isInstanceOf(BusinessRuleException.class);

		this.assets.confirm(receiver, handover.id());
		this.assets.confirm(keeper, toStore.id());
		assertThat(this.assets.custody(tenantId(), leaving)).isEmpty();
		this.mvc.perform(post("/org/staff/{id}/complete", leaving).with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "org.move.completed"));
		assertThat(this.org.staff(tenantId(), leaving).orElseThrow().status()).isEqualTo(StaffStatus.RESIGNED);
		assertThat(this.assets.custody(tenantId(), receiver.staffId())).extracting(AssetView::id).contains(pc.id());
		this.mvc.perform(get("/api/v1/assets/{id}", laptop.id()).with(user(keeper)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"IDLE\"")));
	}

}
