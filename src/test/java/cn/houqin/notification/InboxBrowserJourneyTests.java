package cn.houqin.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.houqin.access.domain.UserDirectory;
import cn.houqin.notification.domain.PreferenceService;
import cn.houqin.shared.security.CurrentUser;
import cn.houqin.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person reads their messages in a real browser: the unread count among the pending
 * work, the inbox, marking a message read in place, and e-mail settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class InboxBrowserJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	NotificationApi notifications;

	@Autowired
	PreferenceService preferences;

	@Autowired
	UserDirectory users;

	WebDriver browser;

	WebDriverWait wait;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	private void open(int width, int height) {
		this.browser = Browser.open(width, height);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void signIn(String username) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("demo");
		this.browser.findElement(By.id("login-submit")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
	}

	private void screenshot(String name) throws Exception {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void readsMessagesMarksOneReadAndTurnsOnEmail() throws Exception {
		CurrentUser reader = this.users.loadUserByUsername("demo-logistics");
		long tenantId = reader.tenantId();
		this.notifications.notify(Notify.inApp(tenantId, reader.userId(), "notification.reminder.due",
				List.of("办公用品季度盘点", "2026-03-31 09:00"), "/notifications/settings"));
		long id = this.notifications.notify(Notify.inApp(tenantId, reader.userId(), "notification.reminder.generic",
				List.of("公务用车 皖A·12345 年检到期"), null));
		long unread = this.notifications.unreadCount(tenantId, reader.userId());

		open(1280, 900);
		signIn("demo-logistics");
		this.browser.findElement(By.id("pending-menu")).click();
		WebElement pending = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#pending-menu + .dropdown-menu a[href='/notifications']")));
		assertThat(pending.getText()).contains("未读消息", String.valueOf(unread));
		pending.click();

		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-table")));
		assertThat(this.browser.findElement(By.id("notification-" + id)).getText()).contains("提醒：公务用车 皖A·12345 年检到期");
		screenshot("notification-inbox");

		this.browser.findElement(By.cssSelector("#notification-" + id + " button[type=submit]")).click();
		this.wait
			.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#notification-" + id + " form")));
		assertThat(this.notifications.unreadCount(tenantId, reader.userId())).isEqualTo(unread - 1);

		this.browser.findElement(By.id("settings-link")).click();
		this.browser.findElement(By.id("email")).sendKeys("logistics@example.org");
		this.browser.findElement(By.id("emailEnabled1")).click();
		this.browser.findElement(By.cssSelector("#preference-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#flash .alert-success")));
		screenshot("notification-settings");
		assertThat(this.preferences.view(tenantId, reader.userId()).emailEnabled()).isTrue();
	}

	@Test
	void showsTheInboxOnAPhone() throws Exception {
		CurrentUser reader = this.users.loadUserByUsername("demo-dept-head");
		this.notifications.notify(Notify.inApp(reader.tenantId(), reader.userId(), "notification.reminder.generic",
				List.of("内科科室会议下午两点开始"), "/notifications"));

		open(390, 844);
		signIn("demo-dept-head");
		this.browser.get(url("/notifications"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-table")));
		assertThat(this.browser.getPageSource()).contains("提醒：内科科室会议下午两点开始");
		screenshot("notification-inbox-phone");
	}

}
