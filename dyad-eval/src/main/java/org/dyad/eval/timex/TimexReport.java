package org.dyad.eval.timex;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.eval.run.Figure;

/**
 * TempEval-3 Task A results over a set of documents.
 *
 * <p>A system mention matches a gold one <em>relaxed</em> when their spans overlap and
 * <em>strict</em> when the spans are equal (one-to-one in both cases). For the attributes, a mention
 * is correct when it matches relaxed and its type (value) string equals the gold one; then
 * P = correct/|system|, R = correct/|gold|, and value F1 equals relaxed F1 times value accuracy
 * (correct/relaxed matches).
 *
 * @param relaxed relaxed (overlap) matches
 * @param strict exact-span matches
 * @param typeCorrect relaxed matches with the gold type
 * @param valueCorrect relaxed matches with the gold value
 * @param byGoldType per gold type (DATE, DURATION...): a diagnosis breakdown
 */
public record TimexReport(int documents, int gold, int system, int relaxed, int strict,
    int typeCorrect, int valueCorrect, Map<String, TypeCounts> byGoldType) {
  /**
   * Counts for the gold mentions of one type.
   *
   * @param found gold mentions of the type matched relaxed
   * @param valueCorrect of those, with the gold value
   */
  public record TypeCounts(int gold, int found, int valueCorrect) {
    public TypeCounts {
      if (gold < 0 || found < 0 || found > gold || valueCorrect < 0 || valueCorrect > found) {
        throw new IllegalArgumentException("bad counts " + gold + "/" + found + "/" + valueCorrect);
      }
    }

    TypeCounts plus(TypeCounts o) {
      return new TypeCounts(gold + o.gold, found + o.found, valueCorrect + o.valueCorrect);
    }
  }

  /** An empty report, the unit of {@link #plus}. */
  public static final TimexReport EMPTY = new TimexReport(0, 0, 0, 0, 0, 0, 0, Map.of());

  public TimexReport {
    requireNonNull(byGoldType, "byGoldType is null");
    byGoldType = Map.copyOf(byGoldType);
    if (documents < 0 || gold < 0 || system < 0 || relaxed < 0 || relaxed > Math.min(gold, system)
        || strict < 0 || strict > relaxed || typeCorrect < 0 || typeCorrect > relaxed
        || valueCorrect < 0 || valueCorrect > relaxed) {
      throw new IllegalArgumentException("inconsistent counts");
    }
  }

  /** The sum of two reports. */
  public TimexReport plus(TimexReport o) {
    Map<String, TypeCounts> types = new TreeMap<>(byGoldType);
    o.byGoldType.forEach((k, v) -> types.merge(k, v, TypeCounts::plus));
    return new TimexReport(documents + o.documents, gold + o.gold, system + o.system,
        relaxed + o.relaxed, strict + o.strict, typeCorrect + o.typeCorrect,
        valueCorrect + o.valueCorrect, types);
  }

  /** Span recognition, any overlap (the official ranking's extraction measure). */
  public Score relaxedScore() {
    return Score.of(relaxed, system, gold);
  }

  /** Span recognition, exact spans. */
  public Score strictScore() {
    return Score.of(strict, system, gold);
  }

  /** Type attribute: correct type among relaxed matches, over |system| and |gold|. */
  public Score typeScore() {
    return Score.of(typeCorrect, system, gold);
  }

  /** Value attribute (TempEval-3 Task A ranking): correct value over |system| and |gold|. */
  public Score valueScore() {
    return Score.of(valueCorrect, system, gold);
  }

  /** Correct types among relaxed matches; 0 without matches. */
  public double typeAccuracy() {
    return relaxed == 0 ? 0 : (double) typeCorrect / relaxed;
  }

  /** Correct values among relaxed matches; 0 without matches. */
  public double valueAccuracy() {
    return relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
  }

  /** A plain-text table of the scores and the per-type breakdown. */
  /** The headline figures: relaxed and strict span F1, type and value F1 (TempEval-3 Task A). */
  public List<Figure> figures() {
    String counts = relaxed + " of " + gold + " gold, " + system + " found";
    return List.of(new Figure("relaxed span F1", relaxedScore().f1(), counts), new Figure("strict span F1", strictScore().f1(), ""),
        new Figure("type F1", typeScore().f1(), ""), new Figure("value F1", valueScore().f1(), ""));
  }

  public String toTable() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "TempEval-3 Task A: %d documents, %d gold, %d system%n",
        documents, gold, system));
    b.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %9s%n", "measure", "P", "R", "F1", "accuracy"));
    row(b, "relaxed", relaxedScore(), Double.NaN);
    row(b, "strict", strictScore(), Double.NaN);
    row(b, "type", typeScore(), typeAccuracy());
    row(b, "value", valueScore(), valueAccuracy());
    b.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s%n", "gold type", "gold", "found", "value ok"));
    new TreeMap<>(byGoldType).forEach((type, c) -> b.append(String.format(Locale.ROOT,
        "%-10s %9d %9d %9d%n", type, c.gold(), c.found(), c.valueCorrect())));
    return b.toString();
  }

  private static void row(StringBuilder b, String name, Score s, double accuracy) {
    String acc = Double.isNaN(accuracy) ? "" : String.format(Locale.ROOT, "%.4f", accuracy);
    b.append(String.format(Locale.ROOT, "%-10s %9.4f %9.4f %9.4f %9s%n",
        name, s.precision(), s.recall(), s.f1(), acc));
  }
}
