package org.entente.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The explorer in a real headless Chromium, used as a person would: search, pick two entities, draw their alliance
 * paths, read their cooperation score, click through the graph. Debian's chromium and chromium-driver drive it, so
 * Selenium downloads nothing; without them the class is skipped.
 */
class ExplorerBrowserTests extends IntegrationTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String ARTICLE = "src-article-000-c0b8e9393a674a5f";

	// Selenium has DevTools bindings for a few Chrome versions only and warns about any other; WebDriver alone is used.
	private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

	private static Path profile;

	private static ChromeDriverService service;

	private static ChromeDriver browser;

	private static WebDriverWait wait;

	@BeforeAll
	static void startChromium() throws IOException {
		if (!browserInstalled()) {
			return;
		}
		CDP_VERSION_LOG.setLevel(Level.SEVERE);
		profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1900");
		browser = new ChromeDriver(service, options);
		// Generous: two shared cores, a software-rendered canvas and the first queries on a cold database.
		wait = new WebDriverWait(browser, Duration.ofSeconds(60));
	}

	// Checked per test rather than in @BeforeAll, so that each skipped test is reported as skipped, with the reason.
	@BeforeEach
	void needsChromium() {
		assumeTrue(browserInstalled(),
				"needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
	}

	private static boolean browserInstalled() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
		if (service != null) {
			service.stop();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	@Test
	void drawsAndListsTheAlliancePathAndShowsTheCooperationScore() throws IOException {
		open();
		pick("Min Aung Hlaing", "off-min-aung-hlaing", "from");
		pick("Russia", "RUS", "to");
		browser.executeScript("document.getElementById('as-of').value = '2024-03-30'");

		browser.findElement(By.id("path-button")).click();
		List<WebElement> hops = wait
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#paths tr.hop"), 0));

		assertThat(drawn("nodes()")).contains("off-min-aung-hlaing", "RUS");
		// Every listed hop is drawn as a path edge, and nothing else is.
		Set<String> listed = hops.stream()
			.map(hop -> hop.getDomAttribute("data-from") + "|" + hop.getDomAttribute("data-type") + "|"
					+ hop.getDomAttribute("data-to"))
			.collect(Collectors.toSet());
		assertThat(drawn("edges('.path')")).containsExactlyInAnyOrderElementsOf(listed);
		assertThat(hops).allSatisfy(hop -> assertThat(hop.findElement(By.cssSelector("td.source")).getText())
			.isEqualTo(ARTICLE));
		// The fewest hops: Russia's honor for Min Aung Hlaing, with its tie, date, CAMEO code and strength.
		assertThat(hops).anySatisfy(hop -> assertThat(hop.getText()).contains("AWARDED_TO", "../2024-03-27", "051", "0.287"));
		assertThat(browser.findElement(By.cssSelector("#paths h2")).getText())
			.contains("Min Aung Hlaing", "Russia", "as of 2024-03-30");

		browser.findElement(By.id("cooperation-button")).click();
		WebElement score = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cooperation .score")));

		assertThat(Double.parseDouble(score.getDomAttribute("data-score"))).isPositive();
		assertThat(score.getText()).contains("+");
		assertThat(browser.findElements(By.cssSelector("#cooperation tr.component"))).isNotEmpty();
		List<WebElement> evidence = browser.findElements(By.cssSelector("#cooperation tr.evidence"));
		assertThat(evidence).isNotEmpty().allSatisfy(row -> {
			WebElement source = row.findElement(By.cssSelector("td.source"));
			assertThat(source.getDomAttribute("data-sources")).isEqualTo("1");
			assertThat(source.findElements(By.tagName("code"))).extracting(WebElement::getText).containsExactly(ARTICLE);
			assertThat(row.findElement(By.cssSelector("td.summary")).getText()).isNotBlank();
			assertThat(row.findElement(By.cssSelector("td.range")).getText()).contains(" to ");
		});
		// The range: the seed is one article, so it reaches below the score.
		WebElement range = browser.findElement(By.cssSelector("#cooperation .range"));
		assertThat(Double.parseDouble(range.getDomAttribute("data-low")))
			.isLessThan(Double.parseDouble(score.getDomAttribute("data-score")));
		assertThat(Double.parseDouble(range.getDomAttribute("data-high")))
			.isGreaterThanOrEqualTo(Double.parseDouble(score.getDomAttribute("data-score")));
		assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
		assertThat(loadedUrls()).isNotEmpty().allMatch(url -> url.startsWith("http://localhost:" + this.port + "/"));

		browser.executeScript("window.scrollTo(0, 0)");
		Path screenshot = browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(screenshot, Path.of("target", "explorer.png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void clickingANodeExpandsItsNeighbourhoodAndHostileFactsAreRed() {
		open();
		search("Min Aung Hlaing");
		wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#search-results li[data-id='off-min-aung-hlaing'] button.show")))
			.click();
		wait.until(page -> drawn("nodes()").contains("pos-min-aung-hlaing-mmr-armed-forces"));

		click("pos-min-aung-hlaing-mmr-armed-forces");
		wait.until(page -> drawn("nodes()").contains("mil-mmr-armed-forces"));
		assertThat(browser.findElement(By.cssSelector("#details h3")).getText()).contains("Position");

		click("mil-mmr-armed-forces");
		wait.until(page -> drawn("nodes('.hostile')").contains("eng-mmr-territorial-losses-to-ethnic-armies-and-resistance"));
		assertThat(drawn("nodes('.hostile')")).doesNotContain("cnf-2024-03-28-mmr-titles-to-27-russian-officers");
	}

	@Test
	void anApiProblemIsShownWithItsDetail() {
		open();
		search("-");

		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
		assertThat(error.getText()).contains("(400)", "q: must contain at least one letter or digit");
	}

	private void open() {
		browser.get("http://localhost:" + this.port + "/");
		wait.until(page -> Boolean.TRUE.equals(browser.executeScript("return !!(window.entente && window.entente.cy)")));
	}

	private void search(String q) {
		WebElement box = browser.findElement(By.id("search-q"));
		box.clear();
		box.sendKeys(q);
		box.submit();
	}

	/** Searches, then uses the hit with {@code id} as the "from" or "to" end. */
	private void pick(String q, String id, String end) {
		search(q);
		By button = By.cssSelector("#search-results li[data-id='" + id + "'] button.set-" + end);
		wait.until(ExpectedConditions.elementToBeClickable(button)).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(end + "-name"), id));
	}

	/** Clicks a node on the canvas, where Cytoscape drew it. */
	private void click(String nodeId) {
		WebElement canvas = browser.findElement(By.id("cy"));
		@SuppressWarnings("unchecked")
		var at = (Map<String, Number>) browser.executeScript(
				"return window.entente.cy.getElementById(arguments[0]).renderedPosition()", nodeId);
		int x = (int) Math.round(at.get("x").doubleValue() - canvas.getRect().getWidth() / 2.0);
		int y = (int) Math.round(at.get("y").doubleValue() - canvas.getRect().getHeight() / 2.0);
		new Actions(browser).moveToElement(canvas, x, y).click().perform();
	}

	/** The ids of what the page's Cytoscape instance has drawn, e.g. {@code nodes} or {@code edges('.path')}. */
	@SuppressWarnings("unchecked")
	private List<String> drawn(String collection) {
		return (List<String>) browser.executeScript("return window.entente.cy." + collection + ".map(e => e.id())");
	}

	@SuppressWarnings("unchecked")
	private List<String> loadedUrls() {
		return (List<String>) browser.executeScript(
				"return [location.href, ...performance.getEntriesByType('resource').map(e => e.name)]");
	}

}
