package org.dyad.eval.quotes;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores predicted attributions against gold ones on one text, as the PolNeAR folder's README
 * describes (after the GenderGapTracker scorer): overlap = characters shared / characters of the gold
 * content; for each gold content in order, the unmatched prediction with the highest overlap above the
 * threshold is its match (one-to-one). A matched pair has the right speaker when the speaker span
 * overlaps the gold source by a character, or when neither has a source.
 */
public final class AttributionScorer {
  /** A gold item and its matched prediction, by index in the lists given to {@link #match}. */
  public record Match(int gold, int predicted, double overlap) {}

  private AttributionScorer() {}

  /** The counts of every setting on one text. */
  public static Map<Setting, Counts> score(String text, List<Attribution> gold, List<Attribution> predicted) {
    Map<Setting, Counts> out = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      out.put(s, score(text, gold, predicted, s));
    }
    return out;
  }

  static Counts score(String text, List<Attribution> gold, List<Attribution> predicted, Setting setting) {
    List<Attribution> g = subset(gold, setting);
    List<Attribution> p = subset(predicted, setting);
    int correct = 0;
    int relaxed = 0;
    List<Match> matches = match(text, g, p, setting);
    for (Match m : matches) {
      Attribution ga = g.get(m.gold());
      Attribution pa = p.get(m.predicted());
      if (speakerCorrect(ga, pa)) {
        correct++;
        relaxed++;
      } else if (speakerNameMatches(ga, pa)) {
        relaxed++;
      }
    }
    return new Counts(g.size(), p.size(), matches.size(), correct, relaxed);
  }

  /** The attributions that take part in a setting. */
  public static List<Attribution> subset(List<Attribution> all, Setting setting) {
    return setting.directOnly() ? all.stream().filter(Attribution::direct).toList() : all;
  }

  /** One-to-one greedy matching of gold contents (in order) to predictions. */
  public static List<Match> match(String text, List<Attribution> gold, List<Attribution> predicted, Setting setting) {
    requireNonNull(text, "text is null");
    List<BitSet> p = predicted.stream().map(a -> ContentChars.of(text, a.content())).toList();
    boolean[] taken = new boolean[p.size()];
    List<Match> out = new ArrayList<>();
    for (int gi = 0; gi < gold.size(); gi++) {
      BitSet g = ContentChars.of(text, gold.get(gi).content());
      int best = -1;
      double bestOverlap = 0;
      for (int pi = 0; pi < p.size(); pi++) {
        double o = taken[pi] ? 0 : similarity(g, p.get(pi), setting);
        if (o > bestOverlap && (setting.exact() ? o == 1 : o > setting.threshold())) {
          best = pi;
          bestOverlap = o;
        }
      }
      if (best >= 0) {
        taken[best] = true;
        out.add(new Match(gi, best, bestOverlap));
      }
    }
    return out;
  }

  private static double similarity(BitSet gold, BitSet predicted, Setting setting) {
    if (setting.exact()) {
      return !gold.isEmpty() && gold.equals(predicted) ? 1 : 0;
    }
    return ContentChars.overlap(gold, predicted);
  }

  static boolean speakerCorrect(Attribution gold, Attribution predicted) {
    if (!gold.hasSource()) {
      return !predicted.hasSource();
    }
    for (TextSpan g : gold.source()) {
      for (TextSpan p : predicted.source()) {
        if (p.start() < g.end() && g.start() < p.end()) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean speakerNameMatches(Attribution gold, Attribution predicted) {
    if (!gold.hasSource() || !predicted.hasSource()) {
      return false;
    }
    String g = gold.sourceText().strip().toLowerCase(Locale.ROOT);
    String p = predicted.sourceText().strip().toLowerCase(Locale.ROOT);
    return !g.isEmpty() && !p.isEmpty() && (g.contains(p) || p.contains(g));
  }
}
