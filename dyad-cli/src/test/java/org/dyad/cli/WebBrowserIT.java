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
import org.dyad.store.EventFilter;
import org.dyad.store.QuoteReviewStats;
import org.dyad.store.ReviewStats;
import org.dyad.store.ReviewedQuote;
import org.dyad.web.DyadServer;
import org.dyad.web.ReviewAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
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
  private static final String TOKEN = "browser-test-token-0123";

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
    corpus.add(later(), "later.html");
    corpus.flush();
    server = DyadServer.start(corpus, store, "127.0.0.1", 0, new ReviewAccess(TOKEN));
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

  /**
   * Talks between Afghanistan and Russia in October, seven weeks after the sample corpus's last: a gap the
   * weekly chart must show as empty weeks; and talks dated only to that month, which a weekly chart leaves out.
   */
  private static AnalyzedArticle later() {
    String text = "Officials of Afghanistan and Russia met again in October for a second round of talks.";
    Event met = new Event(new ActorRef("Afghan officials", "AFGGOV"), new ActorRef("Russian officials", "RUSGOV"), "040", "04", 1, 1.0,
        "CONSULT", "2021-10-12", "text", "asserted", 0, text.length());
    Event month = new Event(new ActorRef("Afghan officials", "AFGGOV"), new ActorRef("Russian officials", "RUSGOV"), "036", "03", 1, 4.0,
        "CONSULT", "2021-10", "text", "asserted", 0, text.length());
    return new AnalyzedArticle("later", null, "Wire", "Second round", LocalDate.of(2021, 10, 14), null, text, null, List.of(), List.of(),
        List.of(), List.of(met, month), List.of());
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
  void theDyadListShowsWhoInteractsWithWhomByVolumeAndByChange() throws IOException {
    browser.get(base + "/dyad.html");
    WebElement list = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dyad-list tbody tr")));
    List<WebElement> rows = browser.findElements(By.cssSelector("#dyad-list tbody tr"));
    int total = Integer.parseInt(browser.findElement(By.id("dyad-list")).getAttribute("data-total"));
    assertTrue(total >= 10 && rows.size() == Math.min(total, 50), total + " dyads, " + rows.size() + " shown");
    assertTrue(browser.findElement(By.cssSelector("#dyad-list .count")).getText().endsWith("of " + total + "."));
    List<Integer> volumes = rows.stream().map(r -> Integer.parseInt(r.findElements(By.tagName("td")).get(1).getText())).toList();
    assertEquals(volumes.stream().sorted(Comparator.reverseOrder()).toList(), volumes, "most events first");
    assertTrue(list.getText().contains("–"), list.getText());
    screenshot("dyad-list");
    browser.findElement(By.linkText("by change over the last 7 days")).click();
    waiting().until(ExpectedConditions.urlContains("order=change"));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dyad-list tbody tr")));
    List<Integer> changes = browser.findElements(By.cssSelector("#dyad-list tbody tr")).stream()
        .map(r -> Math.abs(Integer.parseInt(r.findElements(By.tagName("td")).get(4).getText().replace("+", "")))).toList();
    assertEquals(changes.stream().sorted(Comparator.reverseOrder()).toList(), changes, "largest change first");
    browser.findElement(By.cssSelector("#dyad-list tbody tr a")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart canvas")));
    assertTrue(browser.getCurrentUrl().contains("dyad="), browser.getCurrentUrl());
  }

  @Test
  void theChartShowsGapsAsEmptyPeriodsTicksByPeriodAndSaysWhatItLeavesOut() throws IOException {
    browser.get(base + "/dyad.html?dyad=AFG:RUS&by=week");
    WebElement chart = waiting().until(d -> d.findElement(By.id("chart")).getAttribute("data-ticks") != null
        ? d.findElement(By.id("chart")) : null);
    int points = Integer.parseInt(chart.getAttribute("data-points"));
    int empty = Integer.parseInt(chart.getAttribute("data-empty"));
    assertTrue(empty >= 5 && points >= empty + 3, "the weeks between August and October are drawn empty: " + points + " weeks, " + empty + " empty");
    assertTrue(chart.getAttribute("data-ticks").matches("wk \\d\\d-\\d\\d(\\|wk \\d\\d-\\d\\d)*"), chart.getAttribute("data-ticks"));
    String note = browser.findElement(By.id("chart-note")).getText();
    assertTrue(note.contains("1 event is dated only to a longer period than a week"), note);
    assertTrue(note.contains("without events are drawn empty, and the lines break there"), note);
    screenshot("dyad-gaps");
    browser.get(base + "/dyad.html?dyad=AFG:RUS&by=week&to=2021-08-29");
    chart = waiting().until(d -> d.findElement(By.id("chart")).getAttribute("data-ticks") != null ? d.findElement(By.id("chart")) : null);
    assertEquals("wk 08-16|wk 08-23", chart.getAttribute("data-ticks"), "two weeks, two ticks, no hours");
    assertTrue(chart.getAttribute("data-x-min").compareTo(chart.getAttribute("data-first")) < 0
        && chart.getAttribute("data-x-max").compareTo(chart.getAttribute("data-last")) > 0,
        "the axis reaches half a week past the first and last bars, so they are whole");
    screenshot("dyad-two-weeks");
  }

  @Test
  void theEventListNamesCodesAndFiltersToMaterialActs() throws IOException {
    browser.get(base + "/dyad.html?dyad=AFG:*&by=month");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events-list tbody tr")));
    int all = Integer.parseInt(browser.findElement(By.id("events-list")).getAttribute("data-total"));
    List<WebElement> cells = browser.findElements(By.cssSelector("#events-list tbody tr td:nth-child(3)"));
    assertTrue(cells.stream().allMatch(c -> c.getText().matches("\\d{2,4} \\S.*")), "each code with its CAMEO name");
    List<String> days = browser.findElements(By.cssSelector("#events-list tbody tr td:first-child")).stream().map(WebElement::getText).toList();
    assertEquals(days.stream().sorted().toList(), days, "date order");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ev-kind"))).selectByValue("material");
    waiting().until(d -> !String.valueOf(all).equals(d.findElement(By.id("events-list")).getAttribute("data-total")));
    int material = Integer.parseInt(browser.findElement(By.id("events-list")).getAttribute("data-total"));
    List<String> quad = browser.findElements(By.cssSelector("#events-list tbody tr td:nth-child(5)")).stream().map(WebElement::getText).toList();
    assertTrue(material > 0 && material < all, material + " of " + all);
    assertTrue(quad.stream().allMatch(q -> q.startsWith("material")), quad.toString());
    assertTrue(browser.findElements(By.cssSelector("#events-list tbody tr td:nth-child(3)")).stream()
        .noneMatch(c -> c.getText().startsWith("01")), "no statements");
    screenshot("events-material");
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
    assertNoBandAcrossTheMap();
    List<WebElement> markers = new ArrayList<>(browser.findElements(By.cssSelector("#map path.place-marker")));
    assertEquals(Integer.parseInt(map.getAttribute("data-markers")), markers.size());
    assertTrue(markers.size() >= 2, "Kabul in the sample corpus and Tehran in the hostile article");
    markers.sort(Comparator.comparingInt(m -> m.getSize().getWidth()));
    assertTrue(markers.get(0).getSize().getWidth() < markers.get(markers.size() - 1).getSize().getWidth(),
        "a place with more events has a larger circle");
    screenshot("map");
    WebElement popup = popupOf(markers, "Tehran (IRN)");
    assertTrue(popup.getText().contains(HOSTILE_ACTOR + " (IRNGOV) → Iraqi <b>envoys</b> (IRQGOV)"), popup.getText());
    assertTrue(popup.findElements(By.cssSelector("img, b, script")).isEmpty(), "actor names stay text");
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    screenshot("map-popup");
    assertCspKeptQuiet();
    assertTrue(Integer.parseInt(map.getAttribute("data-dateline-markers")) >= 3, "places that only datelines give are marked");
    popup.findElements(By.tagName("li")).stream().filter(li -> li.getText().contains("Iraqi <b>envoys</b>")).findFirst()
        .orElseThrow().findElement(By.linkText("evidence")).click();
    WebElement active = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text .active")));
    assertTrue(active.getText().startsWith("Officials"), active.getText());
    assertTrue(browser.findElement(By.id("events")).getText().contains("in Tehran (IRN)"), "the article lists the event's place");
  }

  /**
   * Clicks the markers, smallest first, until one's popup names the place; returns that popup. The click is
   * sent to the marker itself, since an open popup may cover the next one.
   */
  private static WebElement popupOf(List<WebElement> markers, String place) {
    for (WebElement m : markers) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", m);
      try {
        return new WebDriverWait(browser, Duration.ofSeconds(3)).until(d -> d.findElements(By.cssSelector(".leaflet-popup-content"))
            .stream().filter(p -> p.getText().contains(place)).findFirst().orElse(null));
      } catch (TimeoutException e) {
        // another place's popup: try the next marker
      }
    }
    throw new AssertionError("no marker of " + place);
  }

  /**
   * No ring of a country outline spans the whole world: a ring that crosses the antimeridian drawn flat is a
   * band from edge to edge (as Russia's was across the Arctic). Rings, not whole outlines, since Fiji's two
   * parts lie at both edges. Read from the SVG path data ("M x y L x y ... z" per ring).
   */
  private static void assertNoBandAcrossTheMap() {
    @SuppressWarnings("unchecked")
    List<Number> widths = (List<Number>) ((JavascriptExecutor) browser).executeScript(
        "const spans = []; for (const p of document.querySelectorAll('#map path.country')) {"
            + "  for (const ring of (p.getAttribute('d') || '').split('M').slice(1)) {"
            + "    const xs = (ring.match(/-?[0-9.]+/g) || []).filter((n, i) => i % 2 === 0).map(Number).filter(Number.isFinite);"
            + "    if (xs.length > 2) spans.push([Math.min(...xs), Math.max(...xs)]); } }"
            + "return [spans.length, Math.max(...spans.map((s) => s[1] - s[0])),"
            + "  Math.max(...spans.map((s) => s[1])) - Math.min(...spans.map((s) => s[0]))];");
    double widest = widths.get(1).doubleValue();
    double world = widths.get(2).doubleValue();
    assertTrue(widths.get(0).intValue() > 150 && widest < 0.75 * world,
        widths.get(0) + " rings, the widest " + widest + " of " + world + " pixels");
  }

  @Test
  void aDatelinePlaceOnTheMapIsMarkedAsSuch() {
    browser.get(base + "/map.html?dyad=RUS:*");
    waiting().until(d -> d.findElement(By.id("map")).getAttribute("data-markers") != null);
    WebElement marker = browser.findElements(By.cssSelector("#map path.place-dateline")).stream().findFirst()
        .orElseThrow(() -> new AssertionError("no dateline marker"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", marker);
    WebElement popup = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
    // textContent, not getText: a popup that Leaflet is still panning into view has no rendered text yet
    String content = popup.getAttribute("textContent");
    assertTrue(content.contains("placed here only by their article's dateline"), content);
    assertTrue(popup.findElements(By.cssSelector(".dateline")).size() >= 1);
    assertTrue(browser.findElement(By.id("status")).getText().contains("placed by their article's dateline"));
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
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#quotes tbody tr")));
    List<WebElement> rows = browser.findElements(By.cssSelector("#quotes tbody tr"));
    assertTrue(rows.size() >= 3, "Peskov speaks several times in the sample corpus");
    assertTrue(rows.get(0).getText().contains("Dmitry Peskov"), rows.get(0).getText());
  }

  /**
   * The keyboard review of events and then of quotes: right, wrong with its part, a correction; a write with a wrong
   * token is refused and saves nothing.
   */
  @Test
  void anAnalystJudgesEventsWithTheKeyboard() throws IOException {
    long shown = corpus.reviews().events(EventFilter.all(1000), true).total();
    browser.get(base + "/review.html?dyad=AFG:RUS");
    browser.findElement(By.id("analyst")).sendKeys("ana");
    browser.findElement(By.id("token")).sendKeys("not-the-token-0000");
    try {
      waiting().until(d -> d.findElements(By.cssSelector("#items li")).size() >= 3);
    } catch (TimeoutException e) {
      screenshot("review-queue");
      throw new AssertionError("no queue: " + browser.findElement(By.id("status")).getText() + " "
          + browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList(), e);
    }
    browser.findElement(By.tagName("h1")).click();
    new Actions(browser).sendKeys("r").perform();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Not saved"));
    assertEquals(null, corpus.reviews().stats().overall(), "a write with a wrong token saves nothing");
    browser.findElement(By.id("token")).clear();
    browser.findElement(By.id("token")).sendKeys(TOKEN);
    browser.findElement(By.tagName("h1")).click();
    new Actions(browser).sendKeys("j").sendKeys("k").perform();
    assertTrue(browser.findElements(By.cssSelector("#items li")).get(0).getAttribute("class").contains("active"), "j then k: back");
    new Actions(browser).sendKeys("r").perform();
    verdict(0, "right");
    new Actions(browser).sendKeys("w").sendKeys("n").perform();
    verdict(1, "wrong not_event");
    new Actions(browser).sendKeys("c").perform();
    WebElement code = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("fix-code")));
    new Select(code).selectByValue("036");
    ((JavascriptExecutor) browser).executeScript("document.getElementById('fix-date').value = '2021-03-01'");
    browser.findElement(By.cssSelector("#correction button")).click();
    verdict(2, "corrected");
    screenshot("review");
    ReviewStats stats = corpus.reviews().stats();
    assertEquals("1/3", stats.overall().right() + "/" + stats.overall().judged());
    assertEquals(shown - 1, corpus.reviews().events(EventFilter.all(1000), true).total(), "the event judged not an event left out");
    assertTrue(corpus.reviews().events(EventFilter.all(1000), true).items().stream()
        .anyMatch(e -> "036".equals(e.corrected().code()) && "corrected".equals(e.verdict())));
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("stats"), "1/3"));
    judgeQuotesWithTheKeyboard();
    browser.get(base + "/review.html?dyad=IRN:IRQ");
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("current"), HOSTILE_ACTOR));
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    assertCspKeptQuiet();
  }

  /** The same keys on the quotes' queue: right, wrong speaker, and a correction naming the speaker with an actor code. */
  private static void judgeQuotesWithTheKeyboard() throws IOException {
    long queued = corpus.queries().quoteReviews().unreviewed(0, 1).total();
    assertTrue(queued >= 3, "the demo corpus has quotes to review: " + queued);
    new Select(browser.findElement(By.id("kind"))).selectByValue("quotes");
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), queued + " unreviewed quote(s)"));
    browser.findElement(By.tagName("h1")).click();
    new Actions(browser).sendKeys("r").perform();
    verdict(0, "right");
    new Actions(browser).sendKeys("w").sendKeys("s").perform();
    verdict(1, "wrong speaker");
    new Actions(browser).sendKeys("c").perform();
    WebElement speaker = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("fix-speaker")));
    speaker.clear();
    speaker.sendKeys("A named official");
    WebElement code = browser.findElement(By.id("fix-speaker-actor"));
    code.clear();
    code.sendKeys("rusgov" + Keys.ENTER);
    verdict(2, "corrected");
    screenshot("review-quotes");
    QuoteReviewStats stats = corpus.queries().quoteReviews().stats();
    assertEquals("1/3", stats.overall().right() + "/" + stats.overall().judged());
    assertEquals(queued - 3, corpus.queries().quoteReviews().unreviewed(0, 1).total());
    assertTrue(corpus.queries().quoteReviews().quotes(0, 1000).items().stream().map(ReviewedQuote::review).filter(r -> r != null)
        .anyMatch(r -> "A named official".equals(r.review().speaker()) && "RUSGOV".equals(r.review().speakerActor())),
        "the correction is stored with its actor code checked and upper-cased");
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quote-stats"), "1/3"));
  }

  /** Waits until the queue's item {@code i} shows this verdict (the list is redrawn after each judgement). */
  private static void verdict(int i, String verdict) {
    waiting().ignoring(StaleElementReferenceException.class)
        .until(d -> verdict.equals(d.findElements(By.cssSelector("#items li")).get(i).getAttribute("data-verdict")));
  }
}
