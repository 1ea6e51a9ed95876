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

	/** The seed's article's date, set on the time bar. */
	private static final String AS_OF = "2024-06-30";

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

	/**
	 * The pictures from the landing page, clicked through without typing an id, on one page load: each view's chart
	 * has the series, points and cells the API's answer has (read from the ECharts instance), each exports a PNG and
	 * a CSV, and each is kept as a screenshot under target/pictures/. Then 2,000 nodes are drawn and the page answers.
	 */
	@Test
	void everyPictureDrawsWhatTheApiAnswersAndTheGraphTakes2000Nodes() throws IOException {
		open();
		Path shots = Files.createDirectories(Path.of("target", "pictures"));
		wait.until(page -> Long.valueOf(10).equals(script("return entente.pictures.charts.overview?.getOption().series[0].data.length")));
		browser.executeScript("const d = document.getElementById('as-of'); d.value = arguments[0]; d.dispatchEvent(new Event('change'))", AS_OF);
		wait.until(page -> String.valueOf(script("return entente.pictures.charts.overview.getOption().title[0].text")).endsWith(AS_OF));
		assertThat(browser.findElement(By.cssSelector("#overview-counts [data-kind='facts']")).getText()).contains("facts");
		assertThat(script("return document.getElementById('as-of-slider').max")).isNotEqualTo("0");
		keep(shots, "overview", "pictures");

		browser.findElement(By.cssSelector("#overview-strongest button.dyad[data-a='MMR'][data-b='RUS']")).click();
		int periods = get("/api/cooperation/timeline?a=MMR&b=RUS&interval=quarter&to=" + AS_OF).<List<?>>json("$.points").size();
		wait.until(page -> Long.valueOf(periods).equals(script("return entente.pictures.charts.timeline?.getOption().series[2].data.length")));
		// The score and its range (a band: its low end and its width), with a marker where facts came in.
		assertThat(script("return entente.pictures.charts.timeline.getOption().series.length")).isEqualTo(3L);
		assertThat((Long) script("return entente.pictures.charts.timeline.getOption().series[2].markPoint.data.length")).isPositive();
		assertExports("timeline", periods + 1);
		keep(shots, "timeline", "pictures");

		browser.findElement(By.cssSelector("#pictures .tabs button[data-view='overview']")).click();
		// The overview is drawn again on its tab: the button to click is the new one.
		wait.until(page -> Boolean.FALSE.equals(script("return document.body.classList.contains('busy')")));
		browser.findElement(By.cssSelector("#overview-strongest button.partners")).click();
		int partners = get("/api/cooperation/partners?of=MMR&top=15&asOf=" + AS_OF).<List<?>>json("$").size();
		wait.until(page -> Long.valueOf(partners).equals(script("return entente.pictures.charts.partners?.getOption().series[0].data.length")));
		assertExports("partners", partners + 1);
		keep(shots, "partners", "pictures");

		browser.findElement(By.cssSelector("#pictures .tabs button[data-view='matrix']")).click();
		int countries = ((String) script("return document.getElementById('matrix-countries').value")).split(",").length;
		wait.until(page -> Long.valueOf((long) countries * countries)
			.equals(script("return entente.pictures.charts.matrix?.getOption().series[0].data.length")));
		assertExports("matrix", countries + 1);
		keep(shots, "matrix", "pictures");

		browser.findElement(By.id("blocs-button")).click();
		List<String> tied = get("/api/network/influence?top=250&asOf=" + AS_OF).json("$.countries[*].id");
		wait.until(page -> drawn("nodes('.bloc')").size() == tied.size());
		assertThat(drawn("nodes()")).containsExactlyInAnyOrderElementsOf(tied);
		assertThat(browser.findElements(By.cssSelector("#legend li[data-bloc]"))).isNotEmpty();
		assertExports("graph", 1 + tied.size() + drawn("edges()").size());
		keep(shots, "blocs", "graph");

		// 2,000 nodes and 4,000 edges, laid out as the explorer lays out a large graph, then a zoom and a frame.
		Number took = (Number) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1], cy = entente.cy, started = performance.now();
				cy.elements().remove();
				const nodes = [...Array(2000).keys()].map(i => ({ group: 'nodes', data: { id: 'n' + i, name: 'node ' + i, kind: 'Official' } }));
				const edges = [...Array(4000).keys()].map(i => ({ group: 'edges', data: { id: 'e' + i, source: 'n' + (i % 2000), target: 'n' + ((i * 7 + 1) % 2000) } }));
				cy.add(nodes.concat(edges));
				entente.layout();
				cy.fit();
				cy.zoom({ level: cy.zoom() * 2, renderedPosition: { x: 200, y: 200 } });
				requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - started)));
				""");
		assertThat(drawn("nodes()")).hasSize(2000);
		// Measured 5.2 s at a load of 14 on two cores; the force-directed layout alone takes minutes at this size.
		assertThat(took.doubleValue()).as("ms to draw, lay out and zoom 2,000 nodes").isLessThan(10_000);
		keep(shots, "large-graph", "graph");
		assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
		assertThat(loadedUrls()).allMatch(url -> url.startsWith("http://localhost:" + this.port + "/"));
	}

	/** The panel exports a PNG of what it draws and a CSV of {@code rows} lines, the header first. */
	private void assertExports(String panel, int rows) {
		assertThat((String) script("return entente.pictures.png(arguments[0])", panel)).startsWith("data:image/png;base64,");
		assertThat(((String) script("return entente.pictures.csv(arguments[0])", panel)).split("\n")).hasSize(rows);
	}

	/** A screenshot of the element with {@code id}, kept as target/pictures/{@code name}.png. */
	private static void keep(Path shots, String name, String id) throws IOException {
		Path shot = browser.findElement(By.id(id)).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private static Object script(String script, Object... args) {
		return browser.executeScript(script, args);
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
