package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.store.Corpus;
import org.dyad.web.DyadServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/**
 * The pages in headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs):
 * the dyad page of the sample corpus draws its chart, an event leads to its highlighted evidence,
 * hostile text shows as text, and the map draws its world outline and a marker per place. Screenshots
 * go to target/screenshots/.
 */
class WebBrowserIT {
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String HOSTILE_ACTOR = "<img src=x onerror=alert('actor')>";

  @TempDir
  static Path dir;
  private static Corpus corpus;
  private static DyadServer server;
  private static WebDriver browser;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(CHROMEDRIVER.canExecute() && CHROMIUM.canExecute(),
        "skipped: no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver; .ci/run does)");
    Path store = dir.resolve("store");
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(out));
    assertEquals(0, cl.execute("demo", "--store", store.toString()), out.toString());
    corpus = Corpus.open(store);
    corpus.add(hostile(), "hostile.html");
    corpus.flush();
    server = DyadServer.start(corpus, "127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (corpus != null) {
      corpus.close();
    }
  }

  /** Hostile text everywhere a page shows it, including an event's actors on the map. */
  private static AnalyzedArticle hostile() {
    String text = "<script>alert('text')</script> Officials <img src=x onerror=alert(1)> met in Tehran on Monday.";
    int start = text.indexOf("Officials");
    Event met = new Event(new ActorRef(HOSTILE_ACTOR, "IRNGOV"), new ActorRef("Iraqi <b>envoys</b>", "IRQGOV"), "040", "04", 1, 1.0,
        "CONSULT", "2021-08-30", "text", "asserted", start, text.length(), new Place("Tehran", 112931L, 35.69439, 51.42151, "IRN", "city"));
    return new AnalyzedArticle("hostile", "javascript:alert('url')", "<i>Source</i>", "Hostile <script>alert('title')</script> page",
        LocalDate.of(2021, 8, 30), null, text, null, List.of(), List.of(), List.of(), List.of(met), List.of());
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }

  @Test
  void theDyadPageDrawsItsChartAndAnEventLeadsToItsEvidence() throws IOException {
    browser.get(base + "/dyad.html?dyad=AFG:RUS&by=week");
    WebElement chart = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart canvas")));
    assertTrue(chart.isDisplayed());
    assertTrue(Integer.parseInt(browser.findElement(By.id("chart")).getAttribute("data-points")) >= 2, "weeks drawn");
    WebElement evidence = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#events td a")));
    String sentence = evidence.getText();
    screenshot("dyad-afg-rus");
    evidence.click();
    WebElement active = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text .active")));
    String highlighted = String.join("", browser.findElements(By.cssSelector("#text .active")).stream().map(WebElement::getText).toList());
    assertTrue(active.isDisplayed());
    assertTrue(sentence.startsWith(highlighted.strip().substring(0, Math.min(20, highlighted.strip().length()))),
        "the highlighted evidence is the sentence that was clicked: " + highlighted + " / " + sentence);
    screenshot("article-evidence");
  }

  @Test
  void hostileTextShowsAsTextAndRunsNothing() throws IOException {
    browser.get(base + "/?q=officials");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#articles table")));
    WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Hostile <script>")));
    link.click();
    WebElement title = waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "<script>"))
        ? browser.findElement(By.id("title")) : null;
    assertEquals("Hostile <script>alert('title')</script> page", title.getText());
    assertTrue(browser.findElement(By.id("text")).getText().contains("<img src=x onerror=alert(1)>"));
    assertTrue(browser.findElements(By.cssSelector("#text img, #text script")).isEmpty());
    assertEquals("#", browser.findElement(By.cssSelector("#meta a")).getDomAttribute("href"), "a javascript: URL is made inert");
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    assertFalse(browser.getPageSource().contains("<script>alert('title')</script> page</h1>"));
    screenshot("hostile-article");
  }

  @Test
  void theMapDrawsTheWorldOutlineAndOneMarkerPerPlaceWhosePopupLeadsToTheEvidence() throws IOException {
    browser.get(base + "/map.html");
    waiting().until(d -> d.findElement(By.id("map")).getAttribute("data-markers") != null);
    WebElement map = browser.findElement(By.id("map"));
    int countries = Integer.parseInt(map.getAttribute("data-countries"));
    assertTrue(countries > 150, "Natural Earth's countries: " + countries);
    assertEquals(countries, browser.findElements(By.cssSelector("#map path.country")).size(), "one outline per country");
    List<WebElement> markers = new ArrayList<>(browser.findElements(By.cssSelector("#map path.place-marker")));
    assertEquals(Integer.parseInt(map.getAttribute("data-markers")), markers.size());
    assertTrue(markers.size() >= 2, "Kabul in the sample corpus and Tehran in the hostile article");
    markers.sort(Comparator.comparingInt(m -> m.getSize().getWidth()));
    assertTrue(markers.get(0).getSize().getWidth() < markers.get(markers.size() - 1).getSize().getWidth(),
        "a place with more events has a larger circle");
    screenshot("map");
    markers.get(0).click();
    WebElement popup = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
    assertTrue(popup.getText().contains("Tehran (IRN)"), popup.getText());
    assertTrue(popup.getText().contains(HOSTILE_ACTOR + " (IRNGOV) → Iraqi <b>envoys</b> (IRQGOV)"), popup.getText());
    assertTrue(popup.findElements(By.cssSelector("img, b, script")).isEmpty(), "actor names stay text");
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    screenshot("map-popup");
    assertCspKeptQuiet();
    popup.findElement(By.linkText("evidence")).click();
    WebElement active = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text .active")));
    assertTrue(active.getText().startsWith("Officials"), active.getText());
    assertTrue(browser.findElement(By.id("events")).getText().contains("in Tehran (IRN)"), "the article lists the event's place");
  }

  /** The browser reported no Content-Security-Policy violation (Leaflet styles through the CSSOM, which CSP allows). */
  private static void assertCspKeptQuiet() {
    List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy")).toList();
    assertEquals(List.of(), violations);
  }

  @Test
  void theSpeakerPageListsWhatPeskovSaidByDate() {
    browser.get(base + "/speaker.html?speaker=Peskov");
    WebElement table = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#quotes table")));
    List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
    assertTrue(rows.size() >= 3, "Peskov speaks several times in the sample corpus");
    assertTrue(rows.get(0).getText().contains("Dmitry Peskov"), rows.get(0).getText());
  }
}
