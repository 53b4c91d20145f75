package cn.houqin.repairs;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.assertj.core.data.Offset;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.houqin.org.OrgApi;
import cn.houqin.supplies.SuppliesApi;
import cn.houqin.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repair on a phone: reported with a photo, assigned by the dispatcher, done by the
 * technician with paper issued from the hospital's store, rated by the reporter. The demo
 * store stocks office supplies, so the fault is a printer out of paper.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class RepairsJourneyTests {

	/** A 1×1 PNG. */
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	@LocalServerPort
	int port;

	@Autowired
	SuppliesApi supplies;

	@Autowired
	OrgApi org;

	@Autowired
	cn.houqin.repairs.domain.SlaBook rules;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void open() {
		this.browser = Browser.open(390, 844);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	@DisplayName("手机上报修（带照片）→ 调度派工 → 维修工领料并完成 → 报修人评价")
	void aRepairWalksFromReportToRatingOnAPhone() throws Exception {
		Path photo = Files.createTempFile("leak", ".png");
		Files.write(photo, PNG);
		String place = "门诊楼 2 层 " + System.nanoTime() % 100_000 + " 室";

		signIn("demo-staff");
		this.browser.get(url("/repairs/report"));
		this.browser.findElement(By.id("location")).sendKeys(place);
		new Select(this.browser.findElement(By.id("category"))).selectByVisibleText("设备");
		this.browser.findElement(By.id("description")).sendKeys("护士站打印机卡纸、缺纸，无法打印");
		this.browser.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
		click(By.cssSelector("label[for=blocksCoreWork1]"));
		screenshot("repairs-report-phone");
		click(By.id("submit-report"));
		this.wait.until(ExpectedConditions.urlMatches(".*/repairs/work-orders/\\d+$"));
		String orderUrl = this.browser.getCurrentUrl();
		assertThat(textOf(By.id("order-urgency"))).isEqualTo("高");
		assertThat(this.browser.findElements(By.cssSelector("#photos img"))).hasSize(1);

		switchTo("demo-logistics");
		this.browser.get(url("/repairs/dispatch"));
		assertThat(textOf(By.id("dispatch-table"))).contains(place);
		this.browser.get(orderUrl);
		new Select(this.browser.findElement(By.id("technicianUserId"))).selectByIndex(0);
		click(By.id("assign"));
		this.wait.until(ExpectedConditions.textToBe(By.id("order-status"), "已派工"));
		assertThat(textOf(By.id("assignee"))).isNotBlank();

		switchTo("demo-technician");
		this.browser.get(url("/repairs/jobs"));
		assertThat(textOf(By.id("my-jobs"))).contains(place);
		this.browser.get(orderUrl);
		click(By.id("start"));
		this.wait.until(ExpectedConditions.textToBe(By.id("order-status"), "维修中"));
		SuppliesApi.ItemStock paper = this.supplies.stockedItems(this.tenantId(), "A4复印纸", 5)
			.stream()
			.filter(i -> "A4复印纸".equals(i.name()))
			.findFirst()
			.orElseThrow();
		Select items = new Select(this.browser.findElement(By.id("itemId")));
		items.selectByValue(Long.toString(paper.itemId()));
		this.browser.findElement(By.id("quantity")).sendKeys("2");
		click(By.id("issue-materials"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("materials"), "A4复印纸"));
		// the store charges at its moving average cost; the order's cost is what it
		// charged
		String amount = textOf(By.cssSelector("#materials tbody tr td:nth-child(3)"));
		assertThat(new BigDecimal(amount)).isCloseTo(paper.averageCost().multiply(new BigDecimal("2")),
				Offset.offset(new BigDecimal("0.02")));
		String cost = amount;
		assertThat(textOf(By.id("total-cost"))).isEqualTo(cost + " 元");
		assertThat(this.supplies.stockedItems(this.tenantId(), "A4复印纸", 5)
			.stream()
			.filter(i -> i.itemId() == paper.itemId())
			.findFirst()
			.orElseThrow()
			.available()).isEqualByComparingTo(paper.available().subtract(new BigDecimal("2")));
		this.browser.findElement(By.id("labourHours")).sendKeys("1.5");
		this.browser.findElement(By.id("note")).sendKeys("清理卡纸并补充复印纸");
		click(By.id("complete"));
		this.wait.until(ExpectedConditions.textToBe(By.id("order-status"), "已修复"));
		// the cost now adds 1.5 hours of labour at the tenant's hourly rate
		BigDecimal labour = this.rules.labourRate(this.tenantId()).multiply(new BigDecimal("1.5"));
		cost = new java.text.DecimalFormat("#,##0.00").format(new BigDecimal(amount).add(labour));
		assertThat(textOf(By.id("total-cost"))).isEqualTo(cost + " 元");

		switchTo("demo-staff");
		this.browser.get(orderUrl);
		click(By.cssSelector("label[for=rating-4]"));
		this.browser.findElement(By.id("comment")).sendKeys("及时");
		click(By.id("confirm"));
		this.wait.until(ExpectedConditions.textToBe(By.id("order-status"), "已关闭"));
		assertThat(textOf(By.id("rating"))).isEqualTo("4");
		assertThat(textOf(By.id("total-cost"))).isEqualTo(cost + " 元");
		screenshot("repairs-rated-phone");
	}

	private long tenantId() {
		return this.org.tenantIdByCode("demo").orElseThrow();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void signIn(String username) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("demo");
		click(By.id("login-submit"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
	}

	private void switchTo(String username) {
		this.browser.manage().deleteAllCookies();
		signIn(username);
	}

	private void click(By locator) {
		WebElement element = this.browser.findElement(locator);
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
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
