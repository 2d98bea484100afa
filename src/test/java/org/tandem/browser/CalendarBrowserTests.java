package org.tandem.browser;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.browser.BrowserSupport.assertAccessible;
import static org.tandem.browser.BrowserSupport.assertFitsPhone;
import static org.tandem.browser.BrowserSupport.click;
import static org.tandem.browser.BrowserSupport.waitFor;

/**
 * An administrator keeps the organization's calendar in a real browser: adds the day
 * after Thanksgiving as a closure and sees it listed, is told which line of a list breaks
 * a rule (and nothing of it is added), and withdraws the closure, which stays as history.
 * Every page is checked with axe and at a phone's width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarBrowserTests {

	/** How an American browser's date field is typed: month, day, year. */
	static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MMddyyyy");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	TestAgency agency;

	@BeforeEach
	void start() throws IOException {
		this.browser = BrowserSupport.start();
		this.agency = TestAgency.create(this.accounts);
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void an_administrator_closes_the_day_after_thanksgiving_and_sees_it_listed() {
		int year = LocalDate.now(ZoneId.of("America/New_York")).getYear();
		LocalDate thanksgiving = LocalDate.of(year, 11, 1)
			.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
		LocalDate dayAfter = thanksgiving.plusDays(1);

		signIn(this.agency.admin());
		click(this.browser, By.linkText("Calendar"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Calendar");
		assertThat(waitFor(this.browser, By.id("day-" + thanksgiving)).getText()).contains("Thanksgiving Day")
			.contains("Federal holiday");
		assertThat(this.browser.findElement(By.id("current-time-zone")).getText()).isEqualTo("America/New_York");
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		this.browser.findElement(By.id("calendar-closure-date")).sendKeys(dayAfter.format(TYPED));
		this.browser.findElement(By.id("calendar-closure-name")).sendKeys("Day after Thanksgiving");
		click(this.browser, By.id("closure-submit"));

		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("closure was added");
		WebElement row = waitFor(this.browser, By.id("day-" + dayAfter));
		assertThat(row.getText()).contains("Day after Thanksgiving").contains("Closure").contains("Closed");
		assertThat(closuresStored()).isEqualTo(1);
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);

		// a list in which one date appears twice names the line and adds nothing
		LocalDate staffDay = thanksgiving.minusDays(6);
		this.browser.findElement(By.id("calendar-closures"))
			.sendKeys(staffDay + " Staff day\n\n" + staffDay + " Staff day again");
		click(this.browser, By.id("closures-submit"));
		assertThat(waitFor(this.browser, By.id("error-summary")).getText()).contains("Closures, one per line");
		assertThat(this.browser.findElement(By.id("calendar-closures-lines")).getText())
			.contains("Line 3 (" + staffDay + " Staff day again)")
			.contains("listed more than once");
		assertThat(this.browser.findElement(By.id("calendar-closures")).getDomProperty("value"))
			.contains("Staff day again");
		assertThat(this.browser.findElements(By.id("day-" + staffDay))).isEmpty();
		assertThat(closuresStored()).isEqualTo(1);
		assertAccessible(this.browser);

		// withdrawn: a working day again, kept in the history
		click(this.browser, By.cssSelector("#day-" + dayAfter + " button[type=submit]"));
		assertThat(waitFor(this.browser, By.id("flash")).getText()).contains("withdrawn");
		assertThat(this.browser.findElements(By.id("day-" + dayAfter))).isEmpty();
		assertThat(waitFor(this.browser, By.id("withdrawn-table")).getText()).contains("Day after Thanksgiving")
			.contains(this.agency.admin().displayName());
		assertAccessible(this.browser);
		assertFitsPhone(this.browser);
	}

	@Test
	void a_time_zone_that_does_not_exist_is_shown_beside_its_field() {
		signIn(this.agency.admin());
		this.browser.get(url("/admin/calendar"));
		WebElement zone = waitFor(this.browser, By.id("calendar-timeZone"));
		zone.clear();
		zone.sendKeys("Mars/Olympus_Mons");
		click(this.browser, By.id("time-zone-submit"));
		assertThat(waitFor(this.browser, By.id("error-summary")).getText()).contains("New time zone");
		assertThat(this.browser.findElement(By.id("calendar-timeZone-error")).getText())
			.contains("name of a time zone");
		assertAccessible(this.browser);

		zone = this.browser.findElement(By.id("calendar-timeZone"));
		zone.clear();
		zone.sendKeys("America/Chicago");
		click(this.browser, By.id("time-zone-submit"));
		assertThat(waitFor(this.browser, By.id("current-time-zone")).getText()).isEqualTo("America/Chicago");
		assertAccessible(this.browser);
	}

	@Test
	void the_calendar_page_is_for_administrators_only() {
		signIn(this.agency.supervisor());
		this.browser.get(url("/admin/calendar"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
		assertThat(this.browser.findElements(By.linkText("Calendar"))).isEmpty();
	}

	private long closuresStored() {
		return this.jdbc
			.sql("select count(*) from calendar_entry where organization_id = ? and kind = 'CLOSURE'"
					+ " and withdrawn_at is null")
			.param(this.agency.organizationId())
			.query(Long.class)
			.single();
	}

	private void signIn(SignedInUser user) {
		BrowserSupport.signIn(this.browser, this.port, user);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
