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
import java.util.List;
import org.dyad.model.AnalyzedArticle;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/**
 * The pages in headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs):
 * the dyad page of the sample corpus draws its chart, an event leads to its highlighted evidence,
 * and hostile text shows as text. Screenshots go to target/screenshots/.
 */
class WebBrowserIT {
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final Path SHOTS = Path.of("target", "screenshots");

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

  private static AnalyzedArticle hostile() {
    String text = "<script>alert('text')</script> Officials <img src=x onerror=alert(1)> met in Kabul on Monday.";
    return new AnalyzedArticle("hostile", "javascript:alert('url')", "<i>Source</i>", "Hostile <script>alert('title')</script> page",
        LocalDate.of(2021, 8, 30), null, text, null, List.of(), List.of(), List.of(), List.of(), List.of());
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
  void theSpeakerPageListsWhatPeskovSaidByDate() {
    browser.get(base + "/speaker.html?speaker=Peskov");
    WebElement table = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#quotes table")));
    List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
    assertTrue(rows.size() >= 3, "Peskov speaks several times in the sample corpus");
    assertTrue(rows.get(0).getText().contains("Dmitry Peskov"), rows.get(0).getText());
  }
}
