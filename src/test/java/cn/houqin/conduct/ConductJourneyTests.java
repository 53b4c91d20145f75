package cn.houqin.conduct;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
 * The conduct journey in a real browser: the office records points for the demo nurse,
 * she signs the notice and appeals on her phone, the unit head grants the appeal in the
 * approval inbox and the points are revoked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ConductJourneyTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void officeRecordsTheNurseSignsAndAppealsOnHerPhoneAndTheUnitHeadDecidesInTheInbox() throws Exception {
		open(1280, 900);
		signIn("demo-conduct-office");
		this.browser.get(url("/conduct/records/new"));
		new Select(this.browser.findElement(By.id("offenceCode"))).selectByValue("A11-3");
		setValue(By.id("occurredOn"), LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
		new Select(this.browser.findElement(By.id("source"))).selectByValue("DAILY_SUPERVISION");
		this.browser.findElement(By.id("description")).sendKeys("工作态度消极（浏览器旅程）");
		this.browser.findElement(By.id("persons0.employeeNo")).sendKeys("H0010");
		new Select(this.browser.findElement(By.id("persons0.points"))).selectByValue("1");
		click(By.id("submit-record"));
		this.wait.until(ExpectedConditions.urlMatches(".*/conduct/records/\\d+$"));
		String recordUrl = this.browser.getCurrentUrl();
		assertThat(textOf(By.cssSelector(".person-status"))).isEqualTo("待签收");

		this.browser.quit();
		open(390, 844);
		signIn("demo-staff");
		this.browser.get(recordUrl);
		click(By.cssSelector(".sign-notice"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".appeal-form")));
		assertThat(textOf(By.cssSelector(".appeal-deadline"))).contains("可于");
		this.browser.findElement(By.cssSelector(".appeal-form textarea")).sendKeys("当日在外科协助抢救，并非消极怠工");
		screenshot("conduct-appeal-phone");
		click(By.cssSelector(".submit-appeal"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".person-status"), "申诉中"));

		this.browser.manage().deleteAllCookies();
		signIn("demo-unit-head");
		this.browser.get(url("/approval/inbox"));
		click(By.xpath("//div[@id='inbox-cards']//a[contains(., '吴娜') and contains(., 'A11-3')]"));
		this.browser.findElement(By.id("comment")).sendKeys("经核实，申诉成立");
		screenshot("conduct-appeal-inbox-phone");
		click(By.id("approve"));
		this.wait.until(ExpectedConditions.urlMatches(".*/approval/\\d+$"));
		waitFor(30).until((driver) -> {
			driver.get(recordUrl);
			return driver.findElement(By.cssSelector(".person-status")).getText().equals("已撤销");
		});
		assertThat(textOf(By.cssSelector(".appeal-status"))).contains("撤销");
	}

	private void open(int width, int height) {
		this.browser = Browser.open(width, height);
		this.wait = waitFor(15);
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

	private void setValue(By locator, String value) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1]",
				this.browser.findElement(locator), value);
	}

	/** Scrolls the element to the middle of the screen, then clicks. */
	private void click(By locator) {
		WebElement element = this.wait.until(ExpectedConditions.presenceOfElementLocated(locator));
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private WebDriverWait waitFor(int seconds) {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(seconds));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private String textOf(By locator) {
		return this.wait.until((driver) -> driver.findElement(locator).getText());
	}

	private void screenshot(String name) throws Exception {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
	}

}
