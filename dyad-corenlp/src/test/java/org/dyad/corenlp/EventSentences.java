package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.dyad.core.entities.DictionaryEntityResolver;
import org.dyad.core.pipeline.SentenceAnalyzer;
import org.dyad.core.events.Codebook;
import org.dyad.core.events.ParseEventCoder;
import org.dyad.core.events.VerbDictionary;
import org.dyad.core.quotes.ParseQuoteAttributor;
import org.dyad.core.time.RuleDateNormalizer;
import java.util.List;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Event;

/** One sentence through the analysis stages with Dyad's own verb patterns, its events written compactly (event ITs). */
final class EventSentences {
  private static SentenceAnalyzer analyzer;

  private EventSentences() {}

  /** The analyzer, loaded once for all event ITs of the JVM. */
  static synchronized SentenceAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = new SentenceAnalyzer(new CoreNlpAnnotator(CoreNlpConfig.DEFAULT), new DictionaryEntityResolver(),
          new RuleDateNormalizer(), new ParseQuoteAttributor(), new ParseEventCoder(VerbDictionary.standard(), Codebook.standard()));
    }
    return analyzer;
  }

  /** "SRC>TGT:code:modality" for each event, each actor by its country (first three letters), sorted. */
  static String countries(String text, LocalDate date) {
    AnalyzedArticle a = analyzer().analyze("t", text, date);
    return a.events().stream()
        .map(e -> country(e.source().actor()) + ">" + (e.target() == null ? "-" : country(e.target().actor())) + ":"
            + e.code() + ":" + e.modality())
        .sorted().collect(Collectors.joining(" "));
  }

  /** "SOURCE>TARGET:code:modality" for each event with the actors' full codes, sorted. */
  static String actors(String text, LocalDate date) {
    AnalyzedArticle a = analyzer().analyze("t", text, date);
    return a.events().stream()
        .map(e -> e.source().actor() + ">" + (e.target() == null ? "-" : e.target().actor()) + ":" + e.code() + ":" + e.modality())
        .sorted().collect(Collectors.joining(" "));
  }

  /**
   * "SOURCE>TARGET:code:modality" for each event, a coded side by its code, an uncoded one by its name in
   * brackets ("[weapons inspectors]"), an unknown one as "?", sorted.
   */
  static String sides(String text, LocalDate date) {
    AnalyzedArticle a = analyzer().analyze("t", text, date);
    return a.events().stream()
        .map(e -> side(e.source()) + ">" + (e.target() == null ? "-" : side(e.target())) + ":" + e.code() + ":" + e.modality())
        .sorted().collect(Collectors.joining(" "));
  }

  private static String side(org.dyad.model.ActorRef r) {
    return r.actor() != null ? r.actor() : r.name().isEmpty() ? "?" : "[" + r.name() + "]";
  }

  /** The events of one code, in the coder's order (for checks of their dates). */
  static List<Event> events(String text, LocalDate date, String code) {
    return analyzer().analyze("t", text, date).events().stream().filter(e -> e.code().equals(code)).toList();
  }

  private static String country(String code) {
    return code == null ? "?" : code.substring(0, Math.min(3, code.length()));
  }

  /**
   * Checks events written as above: each fragment of {@code present} is in them and none of
   * {@code absent} (fragments separated by spaces, such as {@code PER>CHL:125:asserted} or {@code :12};
   * null: none).
   */
  static void assertFragments(String events, String present, String absent) {
    for (String f : fragments(present)) {
      assertTrue(events.contains(f), () -> "no " + f + " in [" + events + "]");
    }
    for (String f : fragments(absent)) {
      assertFalse(events.contains(f), () -> "unexpected " + f + " in [" + events + "]");
    }
  }

  private static String[] fragments(String list) {
    return list == null ? new String[0] : list.trim().split("\\s+");
  }
}
