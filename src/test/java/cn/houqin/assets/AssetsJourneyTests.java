package cn.houqin.assets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
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
 * The asset keeper prints a card's QR label, starts a stocktake, opens the label's URL on
 * a phone and confirms the asset's presence there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AssetsJourneyTests {

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

	@Test
	@DisplayName("打印资产标签，在手机上打开标签地址并确认清点在位")
	void printLabelOpenOnPhoneConfirmPresence() throws Exception {
		signIn("demo-asset-keeper");
		this.browser.get(url("/assets?q=" + "内科护士站激光打印机"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assets-table"), "内科护士站激光打印机"));
		click(By.cssSelector("#assets-table tbody a"));
		String assetNo = textOf(By.id("asset-no"));
		assertThat(assetNo).startsWith("ZC");

		String labels = this.browser.findElement(By.id("print-label")).getAttribute("href");
		this.browser.get(labels);
		WebElement qr = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#labels img.qr")));
		assertThat(qr.getAttribute("src")).startsWith("data:image/png;base64,");
		String labelUrl = qr.getAttribute("data-url");
		assertThat(labelUrl).isEqualTo(url("/assets/scan/" + assetNo));
		assertThat(textOf(By.id("labels"))).contains(assetNo, "内科护士站激光打印机");
		screenshot("asset-labels");

		this.browser.get(url("/assets/stocktakes"));
		String title = "手机清点 " + System.nanoTime() % 100000;
		this.browser.findElement(By.id("title")).sendKeys(title);
		new Select(this.browser.findElement(By.id("unitId"))).selectByVisibleText("内科");
		click(By.id("start-stocktake"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stocktake-lines")));
		String stocktakeUrl = this.browser.getCurrentUrl();
		String stocktakeId = stocktakeUrl.substring(stocktakeUrl.lastIndexOf('/') + 1);
		assertThat(textOf(By.id("stocktake-lines"))).contains(assetNo);

		this.browser.quit();
		this.browser = Browser.open(390, 844);
		this.wait = waitFor(10);
		signIn("demo-asset-keeper");
		this.browser.get(labelUrl);
		assertThat(textOf(By.id("scan-asset-no"))).isEqualTo(assetNo);
		assertThat(this.browser.findElement(By.id("report-fault")).getAttribute("href"))
			.contains("/repairs/report?assetId=");
		screenshot("asset-scan-phone");
		click(By.cssSelector("#presence-" + stocktakeId + " button.confirm-presence"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "已确认该资产在位"));

		this.browser.get(stocktakeUrl);
		String line = textOf(By.cssSelector("#stocktake-lines tr[data-asset-no='" + assetNo + "'] .line-result"));
		assertThat(line).isEqualTo("在位");
		screenshot("asset-stocktake-phone");
	}

	private void click(By locator) {
		WebElement element = this.browser.findElement(locator);
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private void screenshot(String name) throws Exception {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
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
