package org.dyad.core.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.entities.DictionaryFormatException;
import org.dyad.core.entities.TsvTable;

/**
 * The constructions of {@code constructions.tsv}: words that embed an act in their complement
 * ("refused to meet", "is ready to help", "urged X to free", "said it would release", "sent warships
 * to guard") and what they make of it. The grammar that finds the embedding (control, negation,
 * conditions) is Java ({@link Refusals}, {@link Modalities}, {@link Deployments}); which words embed,
 * how and with what effect is this table's.
 */
public final class Constructions {
  /** How an act hangs under the embedding word. */
  public enum Link { XCOMP, CCOMP, ON, PURPOSE }

  /** Whether the embedding word must name someone asked to act. */
  public enum Asked { YES, NO, ANY }

  /** What the embedded act becomes; {@code NEGATE} only for a negated embedding word. */
  public enum Effect { REJECT, INTENT, PLEDGE, REQUEST, CAUSE, REPORT, PROTECT, THREAT, NEGATE }

  /**
   * One row.
   *
   * @param examples sentences written for the row; {@code expects} holds the events each must give
   */
  public record Construction(String name, Set<String> words, Link link, Asked asked, Effect effect, Effect negated,
      List<String> examples, List<String> expects) {
    public Construction {
      requireNonNull(name, "name is null");
      words = Set.copyOf(words);
      requireNonNull(link, "link is null");
      requireNonNull(asked, "asked is null");
      requireNonNull(effect, "effect is null");
      requireNonNull(negated, "negated is null");
      examples = List.copyOf(examples);
      expects = List.copyOf(expects);
      if (effect == Effect.NEGATE || negated != Effect.NEGATE && negated != Effect.REJECT) {
        throw new IllegalArgumentException(name + ": effect " + effect + ", negated " + negated);
      }
      if (examples.isEmpty() || examples.size() != expects.size()) {
        throw new IllegalArgumentException(name + ": each example needs its expected events, and a row needs one");
      }
    }

    /** True when the row applies to a word with or without someone asked. */
    boolean fits(boolean hasAsked) {
      return asked == Asked.ANY || (asked == Asked.YES) == hasAsked;
    }
  }

  private static final String FILE = "constructions.tsv";
  private static final Constructions STANDARD = load();
  private final List<Construction> rows;

  Constructions(List<Construction> rows) {
    this.rows = List.copyOf(rows);
  }

  /** Dyad's bundled table. */
  public static Constructions standard() {
    return STANDARD;
  }

  public List<Construction> rows() {
    return rows;
  }

  /** The row that decides for a word under a link, with or without someone asked; empty when none. */
  Optional<Construction> find(String lemma, Link link, boolean hasAsked) {
    String w = lemma.toLowerCase(Locale.ROOT);
    return rows.stream().filter(r -> r.link() == link && r.words().contains(w) && r.fits(hasAsked)).findFirst();
  }

  /** True when some row gives the word, under the link, this effect (whoever is asked). */
  boolean has(String lemma, Link link, Effect effect) {
    String w = lemma.toLowerCase(Locale.ROOT);
    return rows.stream().anyMatch(r -> r.link() == link && r.effect() == effect && r.words().contains(w));
  }

  /**
   * True when the one who does the word's infinitive is its object ("urged Iran to free", "forced
   * them to leave"): a construction of effect request or cause. Every other word with an object and
   * an infinitive leaves the act to its own subject ("summoned the envoy to complain").
   */
  boolean controlsObject(String lemma) {
    return has(lemma, Link.XCOMP, Effect.REQUEST) || has(lemma, Link.XCOMP, Effect.CAUSE) || has(lemma, Link.ON, Effect.REQUEST);
  }

  /** True when the word makes its infinitive a threat ("threatened to shell"). */
  boolean threatens(String lemma) {
    return has(lemma, Link.XCOMP, Effect.THREAT);
  }

  /** True when the word embeds an intention under its infinitive (intent or pledge: "ready to", "promised to"). */
  boolean intends(String lemma) {
    return has(lemma, Link.XCOMP, Effect.INTENT) || has(lemma, Link.XCOMP, Effect.PLEDGE);
  }

  private static Constructions load() {
    TsvTable t = TsvTable.resource(Constructions.class, FILE, "name", "words", "link", "asked", "effect", "negated",
        "example", "expect");
    List<Construction> out = new ArrayList<>();
    for (TsvTable.Row r : t.rows()) {
      try {
        out.add(new Construction(r.get(0), Set.of(r.get(1).split("\\|")), parse(Link.class, r.get(2)),
            parse(Asked.class, r.get(3)), parse(Effect.class, r.get(4)), parse(Effect.class, r.get(5)),
            List.of(r.get(6).split(" \\| ")), List.of(r.get(7).split(" \\| "))));
      } catch (IllegalArgumentException e) {
        throw new DictionaryFormatException(FILE + ":" + r.line() + ": " + e.getMessage());
      }
    }
    return new Constructions(out);
  }

  private static <E extends Enum<E>> E parse(Class<E> kind, String cell) {
    return Enum.valueOf(kind, cell.toUpperCase(Locale.ROOT));
  }
}
