package org.dyad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.core.events.Codebook;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Quote;

/** The readable report that {@code dyad demo} prints. */
final class Summary {
  private static final int WIDTH = 110;
  private final List<AnalyzedArticle> articles;

  Summary(List<AnalyzedArticle> articles) {
    this.articles = List.copyOf(articles);
  }

  void print(PrintWriter out, double seconds, double loadSeconds) {
    long duplicates = articles.stream().filter(a -> a.duplicateOf() != null).count();
    long withIssues = articles.stream().filter(a -> !a.issues().isEmpty()).count();
    out.printf("Dyad demo: %d articles (%d duplicates), %d with issues; models loaded in %.1f s, analysed in %.1f s (%.2f articles/s)%n%n",
        articles.size(), duplicates, withIssues, loadSeconds, seconds, articles.size() / Math.max(seconds, 1e-9));
    actors(out);
    quotes(out);
    dates(out);
    events(out);
    out.flush();
  }

  private void actors(PrintWriter out) {
    Map<String, Integer> counts = new TreeMap<>();
    for (AnalyzedArticle a : articles) {
      for (EntityMention e : a.entities()) {
        if (e.actor() != null) {
          counts.merge(e.actor(), 1, Integer::sum);
        }
      }
    }
    List<Map.Entry<String, Integer>> top = new ArrayList<>(counts.entrySet());
    top.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    out.println("Top actors (mentions):");
    StringBuilder line = new StringBuilder("  ");
    for (Map.Entry<String, Integer> e : top.subList(0, Math.min(12, top.size()))) {
      line.append(e.getKey()).append(" ").append(e.getValue()).append("   ");
    }
    out.println(line.toString().stripTrailing());
    out.println();
  }

  private void quotes(PrintWriter out) {
    out.println("Quotes with speakers:");
    for (AnalyzedArticle a : articles) {
      for (Quote q : a.quotes()) {
        if (q.speaker() != null) {
          String who = q.speaker().name() + (q.speaker().title() != null ? " (" + q.speaker().title() + ")" : "")
              + (q.speaker().actor() != null ? " [" + q.speaker().actor() + "]" : "");
          out.printf("  %-10s %s %s: %s%n", nz(q.date()), q.direct() ? "said" : "said that", who, cut(q.text(), 70));
        }
      }
    }
    out.println();
  }

  private void dates(PrintWriter out) {
    out.println("Relative dates resolved:");
    Map<String, String> seen = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      for (DateMention d : a.dates()) {
        if (d.value() != null && d.text().matches("(?i).*(day|week|month|year|ago|yesterday|today|tomorrow).*")) {
          seen.putIfAbsent(a.id() + ": \"" + d.text() + "\"", d.value());
        }
      }
    }
    seen.entrySet().stream().limit(15).forEach(e -> out.printf("  %-60s -> %s%n", cut(e.getKey(), 60), e.getValue()));
    out.println();
  }

  /** An event's side as the table shows it: its actor code, else its name, else "?" (a doer the text does not name). */
  private static String side(org.dyad.model.ActorRef r) {
    return r.coded() ? r.actor() : r.known() ? r.name() : "?";
  }

  private void events(PrintWriter out) {
    out.println("Events (source -> target, CAMEO, modality, date, evidence):");
    Codebook codebook = Codebook.standard();
    List<String[]> rows = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      for (Event e : a.events()) {
        String target = e.target() == null ? "-" : side(e.target());
        String name = codebook.find(e.code()).map(c -> c.name()).orElse("");
        rows.add(new String[] {nz(e.date()), side(e.source()) + " -> " + target, e.code() + " " + cut(name, 28),
            e.modality(), cut(a.text().substring(e.start(), e.end()), 50)});
      }
    }
    rows.sort(Comparator.comparing((String[] r) -> r[0]));
    for (String[] r : rows) {
      out.println(cut(String.format("  %-10s %-18s %-33s %-12s %s", (Object[]) r), WIDTH));
    }
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }

  private static String cut(String s, int n) {
    String t = s.replaceAll("\\s+", " ");
    return t.length() <= n ? t : t.substring(0, n - 1) + "…";
  }
}
