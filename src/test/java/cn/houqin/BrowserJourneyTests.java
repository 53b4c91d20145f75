package cn.houqin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
		this.wait = waitFor(10);
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
		assertThat(textOf(By.id("user-menu"))).isEqualTo("演示管理员");
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
	void administratorBrowsesTheTreeAndRegistersAStaffMember() throws Exception {
		signIn("demo-admin");
		this.browser.findElement(By.linkText("组织人员")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("组织机构"))).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("县人民医院")));
		this.browser.findElement(By.linkText("内科")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-detail"), "内科"));
		assertThat(textOf(By.id("establishment"))).contains("超编");
		screenshot("org-tree");

		this.browser.findElement(By.linkText("组织人员")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("职工管理"))).click();
		this.browser.findElement(By.id("new-staff")).click();
		this.browser.findElement(By.id("employeeNo")).sendKeys("BR0001");
		this.browser.findElement(By.id("name")).sendKeys("欧阳测试");
		new Select(this.browser.findElement(By.id("gender"))).selectByVisibleText("女");
		this.browser.findElement(By.id("idCardNumber")).sendKeys("11010519491231002X");
		this.browser.findElement(By.id("mobile")).sendKeys("13800138000");
		new Select(this.browser.findElement(By.id("unitId"))).selectByValue(unitValue("内科"));
		new Select(this.browser.findElement(By.id("category"))).selectByVisibleText("专业技术");
		new Select(this.browser.findElement(By.id("employmentType"))).selectByVisibleText("编制内");
		this.browser.findElement(By.cssSelector("#staff-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("id-card")));
		assertThat(textOf(By.id("id-card"))).isEqualTo("110***********002X");

		this.browser.get(url("/org/staff"));
		this.browser.findElement(By.id("q")).sendKeys("欧阳");
		this.browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-table"), "欧阳测试"));
		assertThat(textOf(By.id("staff-table"))).contains("BR0001", "内科");
		screenshot("staff-list");
	}

	@Test
	void staffListWorksOnAPhone() throws Exception {
		this.browser.quit();
		this.browser = Browser.open(390, 844);
		this.wait = waitFor(10);
		signIn("demo-dept-head");
		this.browser.get(url("/org/staff"));
		String table = textOf(By.id("staff-table"));
		assertThat(table).contains("周明").doesNotContain("外科");
		screenshot("staff-list-phone");
	}

	@Test
	@DisplayName("通用审批事项在手机上走完整条审批路线并打印审批单")
	void aRequestWalksItsWholeRouteOnAPhone() throws Exception {
		this.browser.quit();
		this.browser = Browser.open(390, 844);
		this.wait = waitFor(15);
		String title = "购置打印纸（手机审批）";
		signIn("demo-staff");
		this.browser.get(url("/approval/general/new"));
		this.browser.findElement(By.id("title")).sendKeys(title);
		this.browser.findElement(By.id("amount")).sendKeys("4500.00");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("route-steps"), "单位负责人"));
		assertThat(textOf(By.id("route-steps"))).contains("后勤主管领导");
		this.browser.findElement(By.id("reason")).sendKeys("各科室季度用纸");
		click(By.id("submit-general"));
		this.wait.until(ExpectedConditions.urlMatches(".*/approval/\\d+$"));
		String approvalUrl = this.browser.getCurrentUrl();

		for (String approver : new String[] { "demo-logistics-head", "demo-unit-head" }) {
			this.browser.manage().deleteAllCookies();
			signIn(approver);
			this.browser.get(url("/approval/inbox"));
			this.browser.findElement(By.xpath("//div[@id='inbox-cards']//a[contains(., '" + title + "')]")).click();
			this.browser.findElement(By.id("comment")).sendKeys("同意");
			screenshot("approval-task-phone-" + approver);
			click(By.id("approve"));
			this.wait.until(ExpectedConditions.urlMatches(".*/approval/\\d+$"));
		}
		this.browser.get(approvalUrl);
		assertThat(this.browser.getPageSource()).contains("已批准");
		click(By.id("print-form"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval-steps")));
		assertThat(textOf(By.id("approval-steps"))).contains("后勤主管领导", "单位负责人", "同意");
		screenshot("approval-form-print");
	}

	/**
	 * Scrolls the element to the middle of the screen (clear of the sticky navigation),
	 * then clicks.
	 */
	private void click(By locator) {
		WebElement element = this.browser.findElement(locator);
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private String unitValue(String name) {
		return new Select(this.browser.findElement(By.id("unitId"))).getOptions()
			.stream()
			.filter(option -> option.getText().trim().equals(name))
			.findFirst()
			.orElseThrow()
			.getAttribute("value");
	}

	@Test
	void wrongPasswordIsExplainedInChinese() {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys("demo-admin");
		this.browser.findElement(By.id("password")).sendKeys("nope");
		this.browser.findElement(By.id("login-submit")).click();
		assertThat(textOf(By.id("login-error"))).isEqualTo("用户名或密码错误。");
	}

	@Test
	void unknownPageShowsTheChineseNotFoundPage() {
		signIn("demo-staff");
		this.browser.get(url("/access/users"));
		assertThat(this.browser.getPageSource()).contains("无权访问");
		this.browser.get(url("/no/such/page"));
		assertThat(this.browser.getPageSource()).contains("未找到");
	}

	private WebDriverWait waitFor(int seconds) {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(seconds));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/** The text of an element, read again when htmx swapped it out while it was read. */
	private String textOf(By locator) {
		return this.wait.until((driver) -> driver.findElement(locator).getText());
	}

}
