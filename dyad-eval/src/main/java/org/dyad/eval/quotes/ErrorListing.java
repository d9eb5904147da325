package org.dyad.eval.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A readable list of one document's errors at one setting, for diagnosis: gold contents not found
 * ({@code MISS}), predictions matching nothing ({@code FALSE}) and matched pairs with a wrong speaker
 * ({@code SPEAKER}).
 */
public final class ErrorListing {
  private static final int MAX_CHARS = 300;

  private ErrorListing() {}

  public static String of(PolnearDocument d, List<Attribution> predicted, Setting setting) {
    List<Attribution> gold = AttributionScorer.subset(d.gold(), setting);
    List<Attribution> pred = AttributionScorer.subset(predicted, setting);
    List<AttributionScorer.Match> matches = AttributionScorer.match(d.text(), gold, pred, setting);
    Set<Integer> foundGold = new HashSet<>();
    Set<Integer> usedPred = new HashSet<>();
    StringBuilder b = new StringBuilder("## " + d.id() + "\n");
    for (AttributionScorer.Match m : matches) {
      foundGold.add(m.gold());
      usedPred.add(m.predicted());
      Attribution g = gold.get(m.gold());
      Attribution p = pred.get(m.predicted());
      if (!AttributionScorer.speakerCorrect(g, p)) {
        b.append("SPEAKER gold=").append(source(d.text(), g)).append(" system=").append(p.sourceText())
            .append(" | ").append(content(d.text(), g)).append('\n');
      }
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!foundGold.contains(i)) {
        b.append("MISS ").append(source(d.text(), gold.get(i))).append(" | ").append(content(d.text(), gold.get(i))).append('\n');
      }
    }
    for (int i = 0; i < pred.size(); i++) {
      if (!usedPred.contains(i)) {
        b.append("FALSE ").append(pred.get(i).sourceText()).append(" | ").append(content(d.text(), pred.get(i))).append('\n');
      }
    }
    return b.toString();
  }

  private static String source(String text, Attribution a) {
    return a.hasSource() ? a.source().stream().map(s -> text.substring(s.start(), s.end())).collect(Collectors.joining(" ")) : "-";
  }

  private static String content(String text, Attribution a) {
    String c = a.content().stream().map(s -> text.substring(s.start(), s.end())).collect(Collectors.joining(" ... "))
        .replace('\n', ' ');
    return c.length() > MAX_CHARS ? c.substring(0, MAX_CHARS) + "…" : c;
  }
}
