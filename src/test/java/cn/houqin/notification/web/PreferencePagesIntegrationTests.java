package cn.houqin.notification.web;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.notification.domain.PreferenceChange;
import cn.houqin.notification.domain.PreferenceService;
import cn.houqin.notification.domain.PreferenceView;
import cn.houqin.shared.security.CurrentUser;

import static cn.houqin.notification.NotificationFixtures.newRecipient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PreferencePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PreferenceService preferences;

	@Autowired
	UserDirectory users;

	/** A principal of its own, so that settings saved here touch no demo account. */
	private CurrentUser someone() {
		CurrentUser demo = this.users.loadUserByUsername("demo-staff");
		return new CurrentUser(newRecipient(), demo.tenantId(), "someone", "某人", null, null, Set.of(), Map.of(), null,
				false, true);
	}

	@Test
	void savesTheUsersEmailSettings() throws Exception {
		CurrentUser user = someone();
		this.mvc.perform(get("/notifications/settings").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("通知设置")))
			.andExpect(content().string(containsString("id=\"mail-off\"")));

		this.mvc
			.perform(post("/notifications/settings").with(user(user))
				.with(csrf())
				.param("email", " wang.fang@example.org ")
				.param("emailEnabled", "true")
				.param("language", "en"))
			.andExpect(redirectedUrl("/notifications/settings"));

		PreferenceView saved = this.preferences.view(user.tenantId(), user.userId());
		assertThat(saved.email()).isEqualTo("wang.fang@example.org");
		assertThat(saved.emailEnabled()).isTrue();
		assertThat(saved.language()).isEqualTo("en");
		assertThat(saved.version()).isZero();
	}

	@Test
	void refusesEmailWithoutAnAddressOnTheField() throws Exception {
		CurrentUser user = someone();

		this.mvc
			.perform(post("/notifications/settings").with(user(user))
				.with(csrf())
				.param("email", "")
				.param("emailEnabled", "true")
				.param("language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("preferenceForm", "email",
					"notification.settings.error.emailRequired"))
			.andExpect(content().string(containsString("开启邮件通知须填写电子邮箱")));

		this.mvc
			.perform(post("/notifications/settings").with(user(user))
				.with(csrf())
				.param("email", "not-an-address")
				.param("language", "zh-CN"))
			.andExpect(
					model().attributeHasFieldErrorCode("preferenceForm", "email", "notification.settings.error.email"));
		assertThat(this.preferences.view(user.tenantId(), user.userId()).version()).isNull();
	}

	@Test
	void refusesAChangeToSettingsSavedElsewhereMeanwhile() throws Exception {
		CurrentUser user = someone();
		this.preferences.change(user.tenantId(), user.userId(), new PreferenceChange(null, false, "zh-CN", null));
		this.preferences.change(user.tenantId(), user.userId(), new PreferenceChange(null, false, "en", 0L));

		this.mvc
			.perform(post("/notifications/settings").with(user(user))
				.with(csrf())
				.param("version", "0")
				.param("language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("通知设置已在别处被修改")));
	}

}
