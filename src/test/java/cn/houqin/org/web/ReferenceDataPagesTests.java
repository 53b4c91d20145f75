package cn.houqin.org.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.org.domain.PositionService;
import cn.houqin.org.domain.PositionView;
import cn.houqin.org.domain.RankService;
import cn.houqin.org.domain.RankView;
import cn.houqin.org.domain.StaffCategory;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.shared.security.DataScopes;
import cn.houqin.shared.security.UnitHierarchy;
import cn.houqin.shared.web.BusinessRuleException;
import cn.houqin.shared.web.PageResult;
import cn.houqin.support.TestUsers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Web slice of the position and rank pages: views, model, inline errors, permission
 * denial and the htmx fragment, with the services mocked. Boot's security test slice is
 * not on the test classpath, so the slice declares its own page chain.
 */
@WebMvcTest({ PositionController.class, RankController.class })
@Import({ DataScopes.class, ReferenceDataPagesTests.PageSecurity.class })
class ReferenceDataPagesTests {

	private static final long TENANT = 7;

	private static final PositionView CLERK = new PositionView(11, 3, "CLERK", "科员", StaffCategory.ADMINISTRATIVE);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PositionService positions;

	@MockitoBean
	RankService ranks;

	@MockitoBean
	UnitHierarchy hierarchy;

	CurrentUser manager = TestUsers.tenantWide(TENANT, "org.unit.view", "org.unit.manage");

	CurrentUser viewer = TestUsers.tenantWide(TENANT, "org.unit.view");

	@Test
	void userWithoutManagePermissionIsRefusedTheCreationForm() throws Exception {
		this.mvc.perform(get("/org/positions/new").with(user(this.viewer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/org/ranks/new").with(user(this.viewer))).andExpect(status().isForbidden());
	}

	@Test
	void userWithoutManagePermissionCannotPostAPosition() throws Exception {
		this.mvc
			.perform(post("/org/positions/new").with(user(this.viewer))
				.with(csrf())
				.param("code", "COOK")
				.param("name", "厨师")
				.param("category", "WORKER"))
			.andExpect(status().isForbidden());
		verify(this.positions, never()).create(any(), any());
	}

	@Test
	void viewerSeesTheListWithoutManageActions() throws Exception {
		givenOnePosition();
		this.mvc.perform(get("/org/positions").with(user(this.viewer)))
			.andExpect(status().isOk())
			.andExpect(view().name("org/positions/list"))
			.andExpect(model().attribute("manageable", false))
			.andExpect(content().string(containsString("navbar")))
			.andExpect(content().string(containsString("科员")))
			.andExpect(content().string(not(containsString("id=\"new-position\""))));
	}

	@Test
	void htmxRequestGetsOnlyTheListFragment() throws Exception {
		givenOnePosition();
		this.mvc.perform(get("/org/positions").param("q", "科").header("HX-Request", "true").with(user(this.viewer)))
			.andExpect(status().isOk())
			.andExpect(view().name("org/positions/list :: results"))
			.andExpect(content().string(containsString("id=\"position-table\"")))
			.andExpect(content().string(containsString("科员")))
			.andExpect(content().string(not(containsString("navbar"))))
			.andExpect(content().string(not(containsString("id=\"filters\""))));
		verify(this.positions).list(eq(TENANT), eq("科"), any());
	}

	@Test
	void blankNameIsShownInlineAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/org/positions/new").with(user(this.manager))
				.with(csrf())
				.param("code", "COOK")
				.param("name", " ")
				.param("category", "WORKER"))
			.andExpect(status().isOk())
			.andExpect(view().name("org/positions/form"))
			.andExpect(model().attributeHasFieldErrorCode("positionForm", "name", "NotBlank"))
			.andExpect(content().string(containsString("必填")));
		verify(this.positions, never()).create(any(), any());
	}

	@Test
	void takenCodeIsShownOnTheCodeField() throws Exception {
		given(this.positions.create(any(), any()))
			.willThrow(new BusinessRuleException("code", "org.position.error.codeTaken", "CLERK"));
		this.mvc
			.perform(post("/org/positions/new").with(user(this.manager))
				.with(csrf())
				.param("code", "CLERK")
				.param("name", "文员")
				.param("category", "ADMINISTRATIVE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("positionForm", "code", "org.position.error.codeTaken"))
			.andExpect(content().string(containsString("岗位编码“CLERK”已被使用。")));
	}

	@Test
	void editChangedBySomeoneElseSaysSo() throws Exception {
		given(this.positions.view(TENANT, 11)).willReturn(CLERK);
		given(this.positions.update(any(), eq(11L), eq(2L), any()))
			.willThrow(new ObjectOptimisticLockingFailureException(Object.class, 11L));
		this.mvc
			.perform(post("/org/positions/{id}/edit", 11).with(user(this.manager))
				.with(csrf())
				.param("code", "CLERK")
				.param("name", "科员")
				.param("category", "ADMINISTRATIVE")
				.param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("positionForm"))
			.andExpect(content().string(containsString("该岗位已被他人修改")));
	}

	@Test
	void editFormCarriesTheVersion() throws Exception {
		given(this.positions.manageable(any())).willReturn(true);
		given(this.positions.view(TENANT, 11)).willReturn(CLERK);
		this.mvc.perform(get("/org/positions/{id}/edit", 11).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"3\"")))
			.andExpect(content().string(containsString("value=\"CLERK\"")));
	}

	@Test
	void managerWithoutTenantWideScopeIsToldWhy() throws Exception {
		given(this.positions.manageable(any())).willReturn(false);
		this.mvc.perform(get("/org/positions/new").with(user(this.manager)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("只有数据范围为全部的管理员才能修改")));
	}

	@Test
	void deletingPositionInUseExplainsHowOften() throws Exception {
		willThrow(new BusinessRuleException(null, "org.position.error.inUse", "科员", 5L, 2L)).given(this.positions)
			.delete(any(), eq(11L), anyLong());
		this.mvc
			.perform(post("/org/positions/{id}/delete", 11).param("version", "3").with(user(this.manager)).with(csrf()))
			.andExpect(redirectedUrl("/org/positions"))
			.andExpect(flash().attribute("flashError", "org.position.error.inUse"));
	}

	@Test
	void ranksAreListedInTheOrderGiven() throws Exception {
		given(this.ranks.list(TENANT)).willReturn(List.of(new RankView(1, 0, "R01", "正部级", 1),
				new RankView(2, 0, "R02", "副部级", 2), new RankView(9, 0, "R09", "科员及以下", 9)));
		given(this.ranks.manageable(any())).willReturn(true);
		this.mvc.perform(get("/org/ranks").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(view().name("org/ranks/list"))
			.andExpect(content().string(stringContainsInOrder("正部级", "副部级", "科员及以下")))
			.andExpect(content().string(containsString("id=\"new-rank\"")));
	}

	@Test
	void rankSortOrderOutOfRangeIsShownInline() throws Exception {
		this.mvc
			.perform(post("/org/ranks/new").with(user(this.manager))
				.with(csrf())
				.param("code", "R10")
				.param("name", "一级主任科员")
				.param("sortOrder", "10000"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("rankForm", "sortOrder"))
			.andExpect(content().string(containsString("排序号须在 0 到 9999 之间")));
		verify(this.ranks, never()).create(any(), any());
	}

	private void givenOnePosition() {
		given(this.positions.list(eq(TENANT), any(), any())).willReturn(new PageResult<>(List.of(CLERK), 0, 20, 1));
	}

	/**
	 * The pages' chain as the application has it in substance: signed-in users only, CSRF
	 * on forms, permission codes checked on the controller methods.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableWebSecurity
	@EnableMethodSecurity
	static class PageSecurity {

		@Bean
		SecurityFilterChain pages(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

	}

}
