package org.tandem.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium and ChromeDriver, named explicitly (so Selenium never looks on the
 * network), headless, with axe-core checking WCAG 2.1 A/AA on every page a test visits.
 */
final class BrowserSupport {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private BrowserSupport() {
	}

	static ChromeDriver start() throws IOException {
		assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
				"Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
		Path profile = Files.createTempDirectory("tandem-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--lang=en-US", "--window-size=1280,900",
				"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return driver;
	}

	/** No WCAG 2.1 A or AA violation on the page as it stands. */
	static void assertAccessible(WebDriver driver) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(driver);
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> "axe violations on " + driver.getCurrentUrl() + ":\n" + violations.stream()
			.map(v -> v.getId() + ": " + v.getHelp() + " at "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"))).extracting(Rule::getId).isEmpty();
	}

	/** The page fits a phone's width: nothing scrolls sideways. */
	static void assertFitsPhone(ChromeDriver driver) {
		Dimension original = driver.manage().window().getSize();
		driver.manage().window().setSize(new Dimension(390, 844));
		try {
			driver.navigate().refresh();
			Long overflow = (Long) driver
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as("sideways overflow on a phone at " + driver.getCurrentUrl())
				.isLessThanOrEqualTo(0L);
			assertAccessible(driver);
		}
		finally {
			driver.manage().window().setSize(original);
		}
	}

	/**
	 * Clicks an element after scrolling it to the middle of the screen, as a person
	 * would.
	 */
	static void click(ChromeDriver driver, By by) {
		WebElement element = waitFor(driver, by);
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element));
		try {
			element.click();
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			try {
				Files.write(Path.of("target/browser-failure.png"),
						driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
				Files.writeString(Path.of("target/browser-failure.txt"), String.valueOf(driver.executeScript(
						"var r = arguments[0].getBoundingClientRect(); var e = document.elementFromPoint(r.x + r.width/2, r.y + r.height/2); return JSON.stringify(r) + ' ' + window.innerWidth + 'x' + window.innerHeight + ' ' + (e ? e.outerHTML.substring(0, 300) : 'none');",
						element)));
			}
			catch (IOException io) {
				// the failure below says enough
			}
			throw ex;
		}
	}

	/** Signs in through the sign-in page with the test agency's password. */
	static void signIn(ChromeDriver driver, int port, org.tandem.identity.SignedInUser user) {
		driver.get("http://localhost:" + port + "/signin");
		driver.findElement(By.id("username")).sendKeys(user.username());
		driver.findElement(By.id("password")).sendKeys(org.tandem.support.TestAgency.PASSWORD);
		click(driver, By.cssSelector("button[type=submit]"));
		waitFor(driver, By.tagName("h1"));
	}

	/**
	 * Signs out with the button that shows: in the bar on a wide screen, in the menu on a
	 * phone.
	 */
	static void signOut(ChromeDriver driver) {
		WebElement button = driver.findElements(By.cssSelector("form[action='/signout'] button"))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow();
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
		button.click();
		waitFor(driver, By.id("username"));
	}

	static WebElement waitFor(WebDriver driver, By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

}
