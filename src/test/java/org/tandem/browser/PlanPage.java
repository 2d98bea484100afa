package org.tandem.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.Select;

import static org.tandem.browser.BrowserSupport.waitFor;

/**
 * What the browser tests do on a case's plan page: fill a goal, type, sign with a finger.
 */
final class PlanPage {

	private PlanPage() {
	}

	static void fillGoal(ChromeDriver browser, int i, String words, String outcomes, String target, String service,
			String provider, String providerName) {
		String g = "goals[" + i + "]";
		type(browser, By.id(g + "-ownWords"), words);
		type(browser, By.id(g + "-desiredOutcomes"), outcomes);
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(g + "-targetDate")),
				target);
		type(browser, By.id(g + "-services[0]-description"), service);
		new Select(browser.findElement(By.id(g + "-services[0]-provider"))).selectByValue(provider);
		if (!providerName.isEmpty()) {
			type(browser, By.id(g + "-services[0]-providerName"), providerName);
		}
	}

	static void type(ChromeDriver browser, By by, String text) {
		WebElement element = waitFor(browser, by);
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.clear();
		element.sendKeys(text);
	}

	/** A touch pointer drawing a stroke across the canvas, as a finger would. */
	static void drawWithAFinger(ChromeDriver browser, WebElement canvas) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", canvas);
		PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
		Sequence stroke = new Sequence(finger, 0);
		stroke.addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(canvas), -100, 10));
		stroke.addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()));
		int[][] points = { { -60, -20 }, { -20, 15 }, { 20, -15 }, { 60, 20 }, { 100, -10 } };
		for (int[] p : points) {
			stroke.addAction(finger.createPointerMove(Duration.ofMillis(60), PointerInput.Origin.fromElement(canvas),
					p[0], p[1]));
		}
		stroke.addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
		browser.perform(List.of(stroke));
	}

}
