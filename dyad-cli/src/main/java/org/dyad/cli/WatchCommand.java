package org.dyad.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.cli.watch.AlertRule;
import org.dyad.cli.watch.Alerts;
import org.dyad.cli.watch.AllowedPageFetcher;
import org.dyad.cli.watch.CycleSchedule;
import org.dyad.cli.watch.FeedSource;
import org.dyad.cli.watch.FolderSource;
import org.dyad.cli.watch.HostAllowList;
import org.dyad.cli.watch.HostPacer;
import org.dyad.cli.watch.HttpFetcher;
import org.dyad.cli.watch.Source;
import org.dyad.core.events.VerbLexicon;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.PipelineConfig;
import org.dyad.core.read.InputReader;
import org.dyad.core.read.LocalPageFetcher;
import org.dyad.core.read.RomeFeedReader;
import org.dyad.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad watch}: the ingest of new items from feeds and folders, every few minutes, with an update feed. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Watch RSS/Atom feeds and folders: every cycle, fetch or list only what is new, analyse it into the store",
        "(de-duplicated against the whole store) and publish updates/YYYYMMDDHHMMSS.export.csv (GDELT events), .jsonl and",
        "updates/lastupdate.txt. Only hosts named with --allow-host are fetched. A killed watch resumes its cycle on restart."})
final class WatchCommand implements Callable<Integer> {
  private static final Pattern EVERY = Pattern.compile("(\\d{1,6})([smh])");

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Option(names = "--every", defaultValue = "15m", paramLabel = "PERIOD",
      description = "Time from one cycle's start to the next: seconds, minutes or hours (30s, 15m, 1h). Default: ${DEFAULT-VALUE}.")
  String every;

  @Option(names = "--cycles", defaultValue = "0", paramLabel = "N", description = "Stop after N cycles (default: watch until stopped).")
  int cycles;

  @Option(names = "--allow-host", paramLabel = "HOST", description = "A host that may be fetched from (feeds, linked pages, redirects); repeatable.")
  List<String> allowHosts = new ArrayList<>();

  @Option(names = "--timeout", defaultValue = "20", paramLabel = "SECONDS", description = "Deadline of one fetch. Default: ${DEFAULT-VALUE}.")
  int timeoutSeconds;

  @Option(names = "--max-bytes", defaultValue = "4194304", paramLabel = "BYTES",
      description = "Largest feed or page fetched; a larger one is not read (a page's item keeps the feed's text). Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Option(names = "--host-interval", defaultValue = "1000", paramLabel = "MS",
      description = "Least time between two requests to one host, in milliseconds (a robots.txt Crawl-delay may ask more, up to 60 s). Default: ${DEFAULT-VALUE}.")
  long hostIntervalMillis;

  @Option(names = "--alert", paramLabel = "RULE", description = {"An alert over each cycle's events, such as dyad=RUS:UKR,quad=4,above=2x "
      + "(the dyad's material-conflict count at least twice its mean over the last 8 cycles); repeatable.",
      "Also metric=goldstein with below=-2 (mean Goldstein 2 below), over=7d (the dyad's day against its 7 days before, from the store), "
      + "min=N. Fired alerts go to standard output and updates/STAMP.alerts.jsonl."})
  List<String> alertRules = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Article date for inputs that carry none.")
  LocalDate date;

  @Mixin
  DictionaryOptions dictionaries;

  @Mixin
  ThreadOptions threading;

  @Mixin
  NlpOptions nlp;

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Feed URLs (http or https) and folders or files a crawler writes.")
  List<String> sources;

  @Override
  public Integer call() throws InterruptedException {
    Duration period = period(every);
    if (cycles < 0) {
      throw new ParameterException(spec.commandLine(), "--cycles cannot be negative: " + cycles);
    }
    if (hostIntervalMillis < 0) {
      throw new ParameterException(spec.commandLine(), "--host-interval cannot be negative: " + hostIntervalMillis);
    }
    HttpFetcher http = new HttpFetcher(new HostAllowList(new HashSet<>(allowHosts)), Duration.ofSeconds(Math.max(1, timeoutSeconds)), maxBytes,
        new HostPacer(Duration.ofMillis(hostIntervalMillis), System::nanoTime, Thread::sleep));
    List<Source> watched = sources(http);
    Alerts alerts = alerts();
    PrintWriter err = spec.commandLine().getErr();
    PipelineConfig config = threading.apply(spec, PipelineConfig.DEFAULT);
    try (Corpus corpus = Corpus.open(store.dir)) {
      VerbLexicon verbs = dictionaries.verbs(spec);
      Pipeline pipeline = Pipelines.standard(config, date, () -> nlp.annotator(verbs), dictionaries.dictionaries(spec, date), verbs);
      Watch watch = new Watch(pipeline, corpus, store.dir, watched, threading.threads(spec), Clock.systemUTC(), alerts,
          spec.commandLine().getOut(), err);
      new CycleSchedule(period, cycles, System::nanoTime, Thread::sleep, err).run(watch::cycle);
      return 0;
    }
  }

  /** The sources the user named: http(s) URLs are feeds (their host must be allowed), anything else a folder or file. */
  List<Source> sources(HttpFetcher http) {
    RomeFeedReader items = new RomeFeedReader(maxBytes, new AllowedPageFetcher(http));
    InputReader files = new InputReader(InputRun.MAX_INPUT_BYTES, System.in, new LocalPageFetcher(Duration.ofSeconds(5), InputRun.MAX_INPUT_BYTES));
    List<Source> out = new ArrayList<>();
    for (String s : sources) {
      if (s.matches("(?i)https?://.*")) {
        URI uri = URI.create(s.strip());
        if (!http.allowed().allows(uri)) {
          throw new ParameterException(spec.commandLine(), "the feed " + s + " is on a host not named with --allow-host " + uri.getHost());
        }
        out.add(new FeedSource(uri, http, items));
      } else if (s.contains("://")) {
        throw new ParameterException(spec.commandLine(), "cannot watch " + s + ": want an http(s) feed URL, or a folder or file");
      } else {
        out.add(new FolderSource(Path.of(s), files));
      }
    }
    return out;
  }

  /** The {@code --alert} rules; a bad one stops the command before anything is fetched. */
  Alerts alerts() {
    List<AlertRule> rules = new ArrayList<>();
    for (String rule : alertRules) {
      try {
        rules.add(AlertRule.parse(rule));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    return new Alerts(rules);
  }

  /** {@code 30s}, {@code 15m}, {@code 1h}: at least one second. */
  Duration period(String value) {
    Matcher m = EVERY.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new ParameterException(spec.commandLine(), "--every wants a period such as 30s, 15m or 1h: '" + value + "'");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }
}
