package cn.houqin.supplies;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The office-supplies journey in a real browser: a dept head files a purchase, the
 * approver approves it in the inbox, the logistics officer records quotes, orders and
 * receives, a staff member requisitions, the keeper issues, the staff member confirms,
 * and the register PDF shows the row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SuppliesJourneyTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void open() {
		this.browser = Browser.open(1280, 900);
		this.wait = waitFor(20);
	}

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	@DisplayName("采购申请 → 审批 → 比价下单验收 → 领用 → 发放 → 签收 → 登记本PDF")
	void purchaseApproveReceiveRequisitionIssueConfirmAndPrintTheRegister() throws Exception {
		String reason = "旅程采购" + System.nanoTime() % 100000;
		String purpose = "旅程领用" + System.nanoTime() % 100000;

		signIn("demo-dept-head");
		this.browser.get(url("/supplies/purchases/new"));
		this.browser.findElement(By.id("text")).sendKeys(reason);
		new Select(this.browser.findElement(By.id("lines0.itemId")))
			.selectByValue(optionValue("lines0.itemId", "A4复印纸"));
		this.browser.findElement(By.id("lines0.quantity")).sendKeys("10");
		this.browser.findElement(By.id("lines0.unitPrice")).sendKeys("24");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("route-steps"), "后勤主管领导"));
		screenshot("supplies-purchase-form");
		click(By.id("submit-purchase"));
		this.wait.until(ExpectedConditions.urlMatches(".*/supplies/purchases/\\d+$"));
		String purchaseUrl = this.browser.getCurrentUrl();
		assertThat(textOf(By.id("reimbursable"))).isEqualTo("不可报销");

		switchTo("demo-logistics-head");
		this.browser.get(url("/approval/inbox"));
		click(By.xpath("//table[@id='inbox-table']//tr[contains(., '" + reason + "')]//a"));
		this.browser.findElement(By.id("comment")).sendKeys("同意");
		click(By.id("approve"));
		this.wait.until(ExpectedConditions.urlMatches(".*/approval/\\d+$"));

		switchTo("demo-logistics");
		this.wait.until(driver -> {
			driver.get(purchaseUrl);
			return driver.findElement(By.id("purchase-status")).getText().equals("已批准");
		});
		String[] suppliers = { "县城文具批发部", "惠民办公用品商行", "新华书店文具部" };
		String[] amounts = { "240", "255", "262" };
		for (int i = 0; i < 3; i++) {
			this.browser.findElement(By.id("lines" + i + ".supplier")).sendKeys(suppliers[i]);
			this.browser.findElement(By.id("lines" + i + ".unitPrice")).sendKeys(amounts[i]);
		}
		click(By.id("chosen0"));
		click(By.id("save-quotes"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quotes-table")));
		click(By.id("place-order"));
		this.wait.until(ExpectedConditions.textToBe(By.id("purchase-status"), "已下单"));
		this.browser.findElement(By.id("invoiceNo")).sendKeys("FP-JOURNEY-1");
		click(By.id("receive"));
		this.wait.until(ExpectedConditions.textToBe(By.id("purchase-status"), "已到货"));
		assertThat(textOf(By.id("reimbursable"))).isEqualTo("可报销");
		screenshot("supplies-purchase-received");

		switchTo("demo-staff");
		this.browser.get(url("/supplies/requisitions/new"));
		this.browser.findElement(By.id("text")).sendKeys(purpose);
		new Select(this.browser.findElement(By.id("lines0.itemId")))
			.selectByValue(optionValue("lines0.itemId", "A4复印纸"));
		this.browser.findElement(By.id("lines0.quantity")).sendKeys("2");
		click(By.id("submit-requisition"));
		this.wait.until(ExpectedConditions.urlMatches(".*/supplies/requisitions/\\d+$"));
		String requisitionUrl = this.browser.getCurrentUrl();
		assertThat(textOf(By.id("requisition-status"))).isEqualTo("待发放");

		switchTo("demo-logistics");
		this.browser.get(requisitionUrl);
		click(By.id("issue"));
		this.wait.until(ExpectedConditions.textToBe(By.id("requisition-status"), "已发放"));

		switchTo("demo-staff");
		this.browser.get(requisitionUrl);
		click(By.id("confirm-receipt"));
		this.wait.until(ExpectedConditions.textToBe(By.id("requisition-status"), "已签收"));
		assertThat(textOf(By.id("confirmed-at"))).contains("吴娜");
		screenshot("supplies-requisition-confirmed");

		switchTo("demo-logistics");
		this.browser.get(url("/supplies/register"));
		assertThat(textOf(By.id("register-table"))).contains(purpose, "A4复印纸", "吴娜");
		String register = pdfText("/supplies/register.pdf");
		assertThat(register).contains("办公用品领取登记本", "领取人签字", purpose, "A4复印纸", "吴娜");
	}

	private String optionValue(String selectId, String text) {
		return new Select(this.browser.findElement(By.id(selectId))).getOptions()
			.stream()
			.filter(option -> option.getText().startsWith(text + " "))
			.findFirst()
			.orElseThrow()
			.getAttribute("value");
	}

	/** Downloads a PDF with the browser's session and extracts its text. */
	private String pdfText(String path) throws Exception {
		String cookies = this.browser.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(response.body())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private void switchTo(String username) {
		this.browser.manage().deleteAllCookies();
		signIn(username);
	}

	private void signIn(String username) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("demo");
		this.browser.findElement(By.id("login-submit")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void click(By locator) {
		WebElement element = this.wait.until(ExpectedConditions.presenceOfElementLocated(locator));
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

	private String textOf(By locator) {
		return this.wait.until((driver) -> driver.findElement(locator).getText());
	}

}
