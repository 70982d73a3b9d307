package org.newsift.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.newsift.corenlp.CoreNlpAnnotator;
import org.newsift.models.ModelPipelines;
import org.newsift.assembly.NewsiftConfig;
import org.newsift.assembly.Pipeline;
import org.newsift.server.alerts.EscalationDetector;
import org.newsift.server.stories.StoryClusterer;
import org.newsift.store.StoreLocation;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard in headless Chromium (Debian's chromium and chromium-driver; skipped when they are absent):
 * every view over the fixture corpus (ingested into a DuckDB store and read back as newsift serve --db does), the paste box with the real pipeline, and a hostile article whose markup
 * must stay text. Each view is saved to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static NewsiftServer server;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static Path profile;
    private static Path storeDir;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        Pipeline pipeline = ModelPipelines.standard(new CoreNlpAnnotator(), NewsiftConfig.defaults(),
                ModelPipelines.Options.defaults());
        storeDir = Files.createTempDirectory("newsift-store");
        StoreLocation store = StoreFixtures.ingest(storeDir);
        server = new NewsiftServer(StoreFixtures.corpus(store), pipeline::analyze, StoryClusterer.miniLm(),
                EscalationDetector.defaults(), null, StoreFixtures.writer(store), ServerOptions.defaults()).start("127.0.0.1", 0);
        profile = Files.createTempDirectory("newsift-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        for (Path dir : new Path[] {profile, storeDir}) {
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    private static void open(String hash) {
        driver.get("http://127.0.0.1:" + server.port() + "/" + hash);
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static JsonNode api(String path) {
        return Http.json(new Http(server.port()).get(path));
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    @Test
    @Order(1)
    void theOverviewShowsCountsAlertsAndArticles() throws IOException {
        open("#/overview");
        wait.until(ExpectedConditions.textMatches(By.id("stat-articles"), java.util.regex.Pattern.compile("\\d+")));
        assertEquals("" + Fixtures.analyses().size(), text("stat-articles"));
        long events = Fixtures.analyses().stream().mapToLong(a -> a.events().size()).sum();
        assertEquals("" + events, text("stat-events"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alerts"), "KGZ – TJK"));
        wait.until(d -> d.findElements(By.cssSelector("#articles tbody tr")).size() == Fixtures.analyses().size());
        assertEquals(Fixtures.analyses().size() + " articles", text("articles-count"));
        assertFalse(driver.findElement(By.id("articles-next")).isEnabled(), "one page: nothing next");
        assertFalse(driver.findElements(By.cssSelector("#volume-chart canvas")).isEmpty());
        screenshot("overview");
    }

    @Test
    @Order(2)
    void theEventTableFilters() throws IOException {
        open("#/events");
        wait.until(d -> !d.findElements(By.cssSelector("#events-table tbody tr")).isEmpty());
        int all = driver.findElements(By.cssSelector("#events-table tbody tr")).size();
        driver.findElement(By.id("f-dyad")).sendKeys("KGZ,TJK");
        driver.findElement(By.id("f-type")).sendKeys("4");
        driver.findElement(By.id("f-apply")).click();
        wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#events-table tbody tr"));
            return !rows.isEmpty() && rows.size() < all;
        });
        for (WebElement row : driver.findElements(By.cssSelector("#events-table tbody tr"))) {
            assertEquals("material conflict", row.findElements(By.tagName("td")).get(4).getText());
        }
        assertTrue(text("events-count").matches("\\d+ events.*"));
        // every side shows its code and the words the article names it by, never a blank
        JsonNode rows = api("/api/events?dyad=KGZ,TJK&type=4").get("items");
        List<WebElement> shown = driver.findElements(By.cssSelector("#events-table tbody tr"));
        for (int i = 0; i < shown.size(); i++) {
            List<WebElement> cells = shown.get(i).findElements(By.tagName("td"));
            for (String[] side : new String[][] {{"source", "1"}, {"target", "3"}}) {
                String cell = cells.get(Integer.parseInt(side[1])).getText();
                assertFalse(cell.isBlank(), "row " + i + " " + side[0]);
                JsonNode words = rows.get(i).get(side[0] + "_text");
                if (words != null && !words.isNull()) {
                    assertTrue(cell.contains(words.asText()), cell);
                }
            }
        }
        screenshot("events");
    }

    @Test
    @Order(3)
    void anArticleShowsItsHighlightsAndLegend() throws IOException {
        open("#/article/" + Fixtures.HIGHLIGHTED);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-analysis .article-text span.hl-technique")));
        assertFalse(driver.findElements(By.cssSelector("#article-analysis .article-text span.hl-event")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("#article-analysis .article-text span.hl-quote")).isEmpty());
        WebElement technique = driver.findElement(By.cssSelector("#article-analysis .article-text span.hl-technique"));
        assertFalse(technique.getAttribute("data-technique").isBlank());
        assertEquals(3, driver.findElements(By.cssSelector("#article-analysis .legend:not(.families) li")).size());
        assertTrue(driver.findElement(By.cssSelector("#article-analysis .rhetoric")).getText()
                .contains(technique.getAttribute("data-technique")));
        screenshot("article");
    }

    @Test
    @Order(4)
    void anArticleShowsGenreSpinSharesAndClaimsAsTheApiGivesThem() {
        open("#/article/" + Fixtures.HIGHLIGHTED);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-analysis .claims .claim")));
        JsonNode summary = api("/api/articles/" + Fixtures.HIGHLIGHTED).get("summary");
        assertEquals(summary.get("genre").asText(), driver.findElement(By.cssSelector("#article-analysis .stance-genre")).getText());
        WebElement spin = driver.findElement(By.cssSelector("#article-analysis .stance-spin"));
        assertEquals(summary.get("spin").asDouble(), Double.parseDouble(spin.getAttribute("data-value")));
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", summary.get("spin").asDouble()), spin.getText());
        WebElement report = driver.findElement(By.cssSelector("#article-analysis .share-report-text"));
        assertEquals(summary.get("report_share").asDouble(), Double.parseDouble(report.getAttribute("data-value")));
        assertEquals(Math.round(100 * summary.get("report_share").asDouble()) + " % reported fact", report.getText());
        assertTrue(driver.findElement(By.cssSelector("#article-analysis .share-opinion-text")).getText().endsWith("% opinion"));
        List<WebElement> claims = driver.findElements(By.cssSelector("#article-analysis .claims .claim"));
        assertEquals(2, claims.size());
        assertTrue(claims.get(0).getText().startsWith("0.78"), claims.get(0).getText());
        assertTrue(claims.get(1).getText().contains("Everyone knows that this border has never known peace for long."));
    }

    @Test
    @Order(5)
    void techniqueFamiliesHaveALegendAndDistinctStyles() {
        open("#/article/" + Fixtures.HIGHLIGHTED);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-analysis .families li")));
        List<WebElement> families = driver.findElements(By.cssSelector("#article-analysis .families li"));
        assertEquals(api("/api/techniques").size(), families.size());
        java.util.Set<String> styles = new java.util.HashSet<>();
        java.util.Set<String> colours = new java.util.HashSet<>();
        for (WebElement family : families) {
            WebElement swatch = family.findElement(By.cssSelector(".swatch"));
            styles.add(swatch.getCssValue("text-decoration-style"));
            colours.add(swatch.getCssValue("text-decoration-color"));
        }
        assertEquals(families.size(), styles.size(), "an underline style per family: " + styles);
        assertEquals(families.size(), colours.size(), "a colour per family: " + colours);
        WebElement loaded = driver.findElement(By.cssSelector("#article-analysis .article-text span[data-technique='Loaded_Language']"));
        assertEquals("emotion", loaded.getAttribute("data-family"));
        WebElement emotion = driver.findElement(By.cssSelector("#article-analysis .families li[data-family='emotion']"));
        assertEquals(emotion.findElement(By.cssSelector(".swatch")).getCssValue("text-decoration-style"),
                loaded.getCssValue("text-decoration-style"), "the span is styled as its family's legend entry");
        assertTrue(emotion.getText().contains("Loaded_Language"), emotion.getText());
    }

    @Test
    @Order(6)
    void theDyadTimelineListsTheArticlesBehindAWeek() throws IOException {
        open("#/dyad/KGZ/TJK");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dyad-chart canvas")));
        // the week's articles by title, not by id
        String title = api("/api/articles/fergana-2025-09-23-wire").get("title").asText();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dyad-articles"), title));
        assertFalse(text("dyad-articles").contains("fergana-2025-09-23-wire"));
        assertTrue(text("dyad-week").contains("2025-09-22"));
        screenshot("dyad-timeline");
    }

    @Test
    @Order(7)
    void theActorNetworkIsDrawn() throws IOException {
        open("#/network");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network-chart canvas")));
        screenshot("network");
    }

    @Test
    @Order(8)
    void aStoryComparesItsOutlets() throws IOException {
        open("#/stories");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stories li a")));
        driver.findElement(By.cssSelector("#stories li a")).click();
        wait.until(d -> d.findElements(By.cssSelector("#story-outlets thead th")).size() >= 3);
        assertTrue(text("story-outlets").contains("daily.example.net"));
        assertTrue(text("story-outlets").contains("wire.example.org"));
        String id = driver.getCurrentUrl().replaceAll(".*#/story/", "");
        JsonNode story = api("/api/stories/" + id);
        wait.until(d -> !d.findElement(By.id("story-spin")).getAttribute("data-value").isEmpty());
        double shown = Double.parseDouble(driver.findElement(By.id("story-spin")).getAttribute("data-value"));
        assertEquals(story.get("spin").asDouble(), shown, "the story view shows the API's spin");
        double mean = 0;
        for (JsonNode a : story.get("articles")) {
            mean += api("/api/articles/" + a.get("id").asText()).get("summary").get("spin").asDouble();
        }
        assertEquals(mean / story.get("articles").size(), shown, 1e-12, "the mean of its articles' summary.spin");
        assertEquals("reporting 2", text("story-genres"));
        assertEquals(story.get("claims").size(), driver.findElements(By.cssSelector("#story-claims .claim")).size());
        assertTrue(text("story-claims").contains("At least four people were wounded"), text("story-claims"));
        assertEquals(story.get("articles").size(), driver.findElements(By.cssSelector("#story-articles tbody tr")).size());
        screenshot("story");
    }

    @Test
    @Order(9)
    void aPastedArticleIsAnalysedAndHighlighted() throws IOException {
        open("#/analyze");
        driver.findElement(By.id("analyze-title")).sendKeys("Shelling on the border");
        driver.findElement(By.id("analyze-text")).sendKeys("Kyrgyz forces shelled Tajik positions near the border on Monday. "
                + "Tajikistan accused Kyrgyzstan of breaking the ceasefire.");
        driver.findElement(By.id("analyze-run")).click();
        wait.until(ExpectedConditions.textMatches(By.id("analyze-status"), java.util.regex.Pattern.compile("\\d+ events")));
        assertTrue(driver.findElement(By.id("analyze-result")).isDisplayed());
        assertFalse(text("analyze-status").startsWith("0 events"), text("analyze-status"));
        assertFalse(driver.findElements(By.cssSelector("#analyze-result .article-text span.hl-event")).isEmpty());
        screenshot("analyze");
    }

    @Test
    @Order(10)
    void aHostileArticleStaysText() throws IOException {
        open("#/article/" + Fixtures.HOSTILE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#article-analysis .article-text"), "<script>"));
        String shown = driver.findElement(By.cssSelector("#article-analysis .article-text")).getText();
        assertTrue(shown.contains("<img src=x onerror="), shown);
        assertTrue(shown.contains("javascript:"), shown);
        assertTrue(text("article-title").contains("<img"), "the title is text too");
        assertTrue(driver.findElements(By.cssSelector("#article-analysis .article-text *:not(span), #article-title *, #article-meta a")).isEmpty(),
                "no element came out of the article's markup");
        assertTrue(driver.findElement(By.cssSelector("#article-analysis .claims")).getText().contains("<script>"), "the claim is text");
        assertTrue(driver.findElements(By.cssSelector("#article-analysis aside script, #article-analysis aside img, "
                + "#article-analysis aside a, #article-analysis aside b")).isEmpty(), "no element came out of the claim or the lists");
        for (WebElement span : driver.findElements(By.cssSelector("#article-analysis .article-text span"))) {
            span.click();
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertNull(js.executeScript("return window.__pwned;"), "no payload ran");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        screenshot("hostile-article");
    }

    @Test
    @Order(11)
    void noViewAsksForSomethingTheServerDoesNotHave() {
        driver.manage().logs().get(LogType.BROWSER); // what earlier tests logged is theirs
        for (String view : List.of("#/overview", "#/dyad/KGZ/TJK", "#/network", "#/events", "#/stories", "#/analyze",
                "#/article/fergana-2025-09-23-wire")) {
            open(view);
            wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
        }
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors);
    }

    @Test
    @Order(12)
    void quotedTechniquesAreDrawnApartFromTheWritersOwn() {
        open("#/analyze");
        // written for this test: the writer's own loaded words, then an opponent's in quotation marks
        driver.findElement(By.id("analyze-title")).clear();
        driver.findElement(By.id("analyze-title")).sendKeys("Border deal draws fire");
        driver.findElement(By.id("analyze-text")).clear();
        driver.findElement(By.id("analyze-text")).sendKeys("This reckless, shameful deal is a betrayal of every family "
                + "that lost a son on the border. The opposition leader called the agreement \"a disgraceful, cowardly "
                + "surrender to thugs and terrorists\" on Tuesday.");
        driver.findElement(By.id("analyze-run")).click();
        wait.until(ExpectedConditions.textMatches(By.id("analyze-status"), java.util.regex.Pattern.compile("\\d+ events")));
        List<String> quoted = driver.findElements(By.cssSelector("#analyze-result .article-text span.hl-technique.voice-quoted"))
                .stream().map(WebElement::getText).toList();
        List<String> own = driver.findElements(By.cssSelector("#analyze-result .article-text span.hl-technique:not(.voice-quoted)"))
                .stream().map(WebElement::getText).toList();
        assertTrue(String.join(" ", quoted).contains("cowardly"), "quoted: " + quoted);
        // the cue "reckless" is the evidence of the tagger's span of the same technique around it (docs/rhetoric.md)
        assertTrue(own.stream().anyMatch(t -> t.contains("reckless")), "the writer's: " + own);
        assertTrue(quoted.stream().noneMatch(own::contains), quoted + " / " + own);
        WebElement first = driver.findElement(By.cssSelector("#analyze-result .article-text span.hl-technique.voice-quoted"));
        assertEquals("italic", first.getCssValue("font-style"));
        long listed = driver.findElements(By.cssSelector("#analyze-result .rhetoric li")).stream()
                .filter(li -> li.getText().endsWith("(quoted)")).count();
        WebElement legend = driver.findElements(By.cssSelector("#analyze-result .legend li")).stream()
                .filter(li -> li.getText().contains("of them quoted")).findFirst().orElseThrow();
        assertTrue(listed > 0);
        assertTrue(legend.getText().endsWith(String.valueOf(listed)), legend.getText() + " / " + listed);
    }
}
