package org.dyad.eval.plv;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.eval.quotes.TextSpan;
import org.dyad.eval.run.CheckWords;
import org.dyad.model.ActorRef;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;

/**
 * Scores one PLV item against Dyad's analysis of its sentence, as the folder's README defines it. An
 * event <em>links</em> the item when its source is the marked source and its target the marked target:
 * the side's name shares a content word with the marked span, or an entity Dyad found overlapping the
 * marked span has the side's name or actor code. PLV's YIELD is CONCEDE or RETREAT in the PLOVER Dyad
 * codes.
 */
public final class PlvScorer {
  /** How much of the sentence's start is looked for in the cleaned text to find where it begins. */
  private static final int ANCHOR = 40;

  private PlvScorer() {}

  /** The outcome of one item; {@code analysis} may be null (the sentence was not analysed). */
  public static PlvOutcome score(PlvItem item, AnalyzedArticle analysis) {
    if (analysis == null) {
      return new PlvOutcome(item.root(), false, false, false);
    }
    int shift = shift(analysis.text(), item.sentence());
    Set<String> roots = roots(item.root());
    boolean linked = false;
    boolean right = false;
    boolean inSentence = false;
    for (Event e : analysis.events()) {
      boolean root = e.plover() != null && roots.contains(e.plover().toUpperCase(Locale.ROOT));
      inSentence |= root;
      if (matches(e.source(), item.source(), item.sourceSpans(), analysis.entities(), shift)
          && matches(e.target(), item.target(), item.targetSpans(), analysis.entities(), shift)) {
        linked = true;
        right |= root;
      }
    }
    return new PlvOutcome(item.root(), linked, right, inSentence);
  }

  /** Where the sentence starts in the cleaned text (the cleaner may change its edges), 0 when not found. */
  static int shift(String text, String sentence) {
    if (text.isEmpty()) {
      return 0;
    }
    return Math.max(text.indexOf(sentence.substring(0, Math.min(ANCHOR, sentence.length()))), 0);
  }

  private static Set<String> roots(String gold) {
    return gold.equals("YIELD") ? Set.of("YIELD", "CONCEDE", "RETREAT") : Set.of(gold);
  }

  static boolean matches(ActorRef side, String marked, List<TextSpan> spans, List<EntityMention> entities, int shift) {
    if (side == null) {
      return false;
    }
    String name = side.name();
    Set<String> gold = new HashSet<>(CheckWords.contentWords(marked));
    gold.retainAll(CheckWords.contentWords(name));
    if (!gold.isEmpty()) {
      return true;
    }
    for (EntityMention e : entities) {
      int s = e.start() - shift;
      int end = e.end() - shift;
      if (spans.stream().anyMatch(sp -> s < sp.end() && sp.start() < end)
          && ((!e.name().isEmpty() && e.name().equals(name)) || (side.actor() != null && !side.actor().isEmpty()
              && side.actor().equals(e.actor())))) {
        return true;
      }
    }
    return false;
  }
}
