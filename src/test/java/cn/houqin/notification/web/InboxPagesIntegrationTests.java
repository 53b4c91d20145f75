package cn.houqin.notification.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.notification.NotificationApi;
import cn.houqin.notification.NotificationFixtures;
import cn.houqin.notification.Notify;
import cn.houqin.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class InboxPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NotificationApi notifications;

	@Autowired
	UserDirectory users;

	CurrentUser staff;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		NotificationFixtures fixtures = new NotificationFixtures(this.users);
		this.staff = fixtures.demo("demo-staff");
		this.admin = fixtures.demo("demo-admin");
	}

	private long notifyStaff(String text, String link) {
		return this.notifications.notify(Notify.inApp(this.staff.tenantId(), this.staff.userId(),
				"notification.reminder.generic", List.of(text), link));
	}

	@Test
	void showsTheUsersOwnMessagesAndTheUnreadCountInTheLayout() throws Exception {
		String text = "领用单待签收-" + System.nanoTime();
		notifyStaff(text, "/notifications");
		long unread = this.notifications.unreadCount(this.staff.tenantId(), this.staff.userId());

		this.mvc.perform(get("/notifications").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("提醒：" + text)))
			.andExpect(content().string(containsString("未读消息")))
			.andExpect(content().string(containsString("未读 " + unread + " 条")));
		this.mvc.perform(get("/notifications").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(text))));
	}

	@Test
	void marksOneMessageReadThroughHtmxWithTheRowAlone() throws Exception {
		long id = notifyStaff("阅读-" + System.nanoTime(), null);
		long unread = this.notifications.unreadCount(this.staff.tenantId(), this.staff.userId());

		this.mvc.perform(
				post("/notifications/{id}/read", id).with(user(this.staff)).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notification-" + id + "\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("hx-post"))));

		assertThat(this.notifications.unreadCount(this.staff.tenantId(), this.staff.userId())).isEqualTo(unread - 1);
	}

	@Test
	void answersHtmxPagingWithTheResultsAlone() throws Exception {
		notifyStaff("分页-" + System.nanoTime(), null);

		this.mvc
			.perform(get("/notifications").param("unread", "true").with(user(this.staff)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("notification-table")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void marksAllMessagesRead() throws Exception {
		notifyStaff("全部已读-1", null);
		notifyStaff("全部已读-2", null);

		this.mvc.perform(post("/notifications/read-all").with(user(this.staff)).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));

		assertThat(this.notifications.unreadCount(this.staff.tenantId(), this.staff.userId())).isZero();
	}

	@Test
	void opensTheMessagesLinkAndMarksItRead() throws Exception {
		long id = notifyStaff("打开-" + System.nanoTime(), "/org/staff?pendingMove=true");
		long unread = this.notifications.unreadCount(this.staff.tenantId(), this.staff.userId());

		this.mvc.perform(get("/notifications/{id}/open", id).with(user(this.staff)))
			.andExpect(redirectedUrl("/org/staff?pendingMove=true"));

		assertThat(this.notifications.unreadCount(this.staff.tenantId(), this.staff.userId())).isEqualTo(unread - 1);
	}

	@Test
	void answers404ForAnotherUsersMessage() throws Exception {
		long id = notifyStaff("他人-" + System.nanoTime(), "/notifications");

		this.mvc.perform(post("/notifications/{id}/read", id).with(user(this.admin)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/notifications/{id}/open", id).with(user(this.admin))).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/notifications/{id}/read", id).with(httpBasic("demo-admin", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(post("/notifications/{id}/read", 987_654_321L).with(user(this.staff)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void listsAndMarksMessagesThroughTheApi() throws Exception {
		String text = "接口-" + System.nanoTime();
		long id = notifyStaff(text, "/notifications");

		this.mvc
			.perform(get("/api/v1/notifications").param("unread", "true")
				.param("size", "200")
				.header("Accept-Language", "en")
				.with(httpBasic("demo-staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].text").value("Reminder: " + text))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].read").value(false));

		this.mvc.perform(post("/api/v1/notifications/{id}/read", id).with(httpBasic("demo-staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.read").value(true))
			.andExpect(jsonPath("$.text").value("提醒：" + text));

		this.mvc.perform(get("/api/v1/notifications/unread-count").with(httpBasic("demo-staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unread")
				.value((int) this.notifications.unreadCount(this.staff.tenantId(), this.staff.userId())));
	}

	@Test
	void refusesTheInboxToAnonymousCallers() throws Exception {
		this.mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
	}

}
