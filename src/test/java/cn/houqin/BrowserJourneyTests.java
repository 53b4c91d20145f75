package cn.houqin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.houqin.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys a person makes in a real browser against the running application with the demo
 * tenant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class BrowserJourneyTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void open() {
		this.browser = Browser.open(1280, 900);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
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
	void signsInSwitchesLanguageAndSignsOut() throws Exception {
		this.browser.get(url("/login"));
		assertThat(this.browser.getPageSource()).contains("demo-admin", "演示账户");
		screenshot("login");
		signIn("demo-admin");
		assertThat(this.browser.findElement(By.id("user-menu")).getText()).isEqualTo("演示管理员");
		screenshot("home");
		this.browser.findElement(By.id("lang-switch")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("lang-switch"), "中文"));
		assertThat(this.browser.getPageSource()).contains("Welcome");
		this.browser.findElement(By.id("lang-switch")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("lang-switch"), "English"));
		this.browser.findElement(By.id("user-menu")).click();
		this.browser.findElement(By.id("logout")).click();
		this.wait.until(ExpectedConditions.urlContains("/login?logout"));
	}

	@Test
	void wrongPasswordIsExplainedInChinese() {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys("demo-admin");
		this.browser.findElement(By.id("password")).sendKeys("nope");
		this.browser.findElement(By.id("login-submit")).click();
		assertThat(this.browser.findElement(By.id("login-error")).getText()).isEqualTo("用户名或密码错误。");
	}

	@Test
	void unknownPageShowsTheChineseNotFoundPage() {
		signIn("demo-staff");
		this.browser.get(url("/access/users"));
		assertThat(this.browser.getPageSource()).contains("无权访问");
		this.browser.get(url("/no/such/page"));
		assertThat(this.browser.getPageSource()).contains("未找到");
	}

}
