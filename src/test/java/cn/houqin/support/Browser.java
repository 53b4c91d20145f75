package cn.houqin.support;

import java.io.File;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser journeys. Outside CI a machine without Chromium
 * skips the journey; in CI ({@code CI=true}) a missing browser fails it.
 */
public final class Browser {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	private Browser() {
	}

	public static WebDriver open(int width, int height) {
		boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
		if (!present && !"true".equalsIgnoreCase(System.getenv("CI"))) {
			Assumptions.abort("Chromium is not installed; the browser journey runs in CI");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=" + width + "," + height, "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--lang=zh-CN");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

}
