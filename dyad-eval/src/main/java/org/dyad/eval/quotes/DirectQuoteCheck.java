package org.dyad.eval.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.eval.run.CheckWords;
import org.dyad.eval.run.Figure;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;

/**
 * The held-out check's quote scorer ({@code check.py quotes}) in Java, over what the pipeline wrote:
 * gold attributions marked as direct quotes against Dyad's quotes marked {@code direct}; each gold one
 * takes the unmatched prediction whose text holds the largest share of its words, above 0.3 (one to
 * one, in gold order); a matched pair with a gold source has the right speaker when the source's
 * content words meet the words of the speaker's name or of its mention.
 *
 * @param matched gold direct quotes matched
 * @param predicted Dyad's direct quotes
 * @param gold gold direct quotes
 * @param speakerRight matched pairs with a gold source whose speaker is right
 * @param speakerPairs matched pairs with a gold source
 */
public record DirectQuoteCheck(int matched, int predicted, int gold, int speakerRight, int speakerPairs) {
  public static final DirectQuoteCheck ZERO = new DirectQuoteCheck(0, 0, 0, 0, 0);
  private static final double MIN_OVERLAP = 0.3;

  /** One article: its gold and the pipeline's analysis of it (null: none). */
  public static DirectQuoteCheck of(PolnearDocument doc, AnalyzedArticle analysis) {
    List<Quote> predicted = analysis == null ? List.of() : analysis.quotes().stream().filter(Quote::direct).toList();
    List<Attribution> gold = doc.gold().stream().filter(Attribution::direct).toList();
    Set<Integer> used = new HashSet<>();
    int matched = 0;
    int right = 0;
    int pairs = 0;
    for (Attribution g : gold) {
      String content = g.content().stream().map(s -> doc.text().substring(s.start(), s.end())).collect(Collectors.joining(" "));
      double best = 0;
      int at = -1;
      for (int i = 0; i < predicted.size(); i++) {
        double o = used.contains(i) ? 0 : CheckWords.overlap(content, predicted.get(i).text());
        if (o > best) {
          best = o;
          at = i;
        }
      }
      if (at >= 0 && best > MIN_OVERLAP) {
        used.add(at);
        matched++;
        if (g.hasSource()) {
          pairs++;
          right += speakerRight(predicted.get(at).speaker(), g.sourceText(), analysis.text()) ? 1 : 0;
        }
      }
    }
    return new DirectQuoteCheck(matched, predicted.size(), gold.size(), right, pairs);
  }

  static boolean speakerRight(Speaker s, String goldSource, String text) {
    if (s == null) {
      return false;
    }
    Set<String> g = either(CheckWords.contentWords(goldSource), CheckWords.words(goldSource));
    Set<String> found = either(CheckWords.contentWords(s.name()), CheckWords.words(s.name()));
    found.addAll(CheckWords.words(text.substring(Math.min(s.start(), text.length()), Math.min(s.end(), text.length()))));
    g.retainAll(found);
    return !g.isEmpty();
  }

  private static Set<String> either(List<String> first, List<String> otherwise) {
    return new HashSet<>(first.isEmpty() ? otherwise : first);
  }

  public DirectQuoteCheck plus(DirectQuoteCheck o) {
    return new DirectQuoteCheck(matched + o.matched, predicted + o.predicted, gold + o.gold, speakerRight + o.speakerRight,
        speakerPairs + o.speakerPairs);
  }

  /** The figures in one line, as the check prints them. */
  public String toLine() {
    List<Figure> f = figures();
    return String.format(java.util.Locale.ROOT, "check's scorer (check.py quotes), direct quotes: P %.3f R %.3f F1@0.3 %.3f; "
        + "speaker accuracy %.3f (%d pairs)%n", f.get(1).value(), f.get(2).value(), f.get(0).value(), f.get(3).value(), speakerPairs);
  }

  /** Direct-quote F1 at 0.3 with its precision and recall, and speaker accuracy, as the check names them. */
  public List<Figure> figures() {
    double p = predicted == 0 ? 0 : (double) matched / predicted;
    double r = gold == 0 ? 0 : (double) matched / gold;
    return List.of(new Figure("direct quotes F1@0.3 (check)", p + r == 0 ? 0 : 2 * p * r / (p + r), matched + " of " + gold
        + " gold, " + predicted + " found"), new Figure("direct quotes P (check)", p, ""), new Figure("direct quotes R (check)", r, ""),
        new Figure("speaker accuracy (check)", (double) speakerRight / Math.max(speakerPairs, 1),
            speakerRight + "/" + speakerPairs));
  }
}
