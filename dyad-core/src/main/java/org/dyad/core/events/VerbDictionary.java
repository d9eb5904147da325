package org.dyad.core.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verb patterns by lemma, read from the documented TSV format of {@code verb-patterns.tsv}, over an
 * optional generated layer (dyad-lexicon's {@code lexicon-verbs.tsv}): a generated pattern applies
 * only where no hand-written one is as specific (see {@link #match(String, Set, Set)}).
 */
public final class VerbDictionary implements VerbLexicon {
  private static VerbDictionary standard;
  private static VerbDictionary nouns;
  private final Map<String, List<VerbPattern>> byVerb;
  /** The generated layer under these patterns, or null. */
  private final VerbDictionary generated;

  private VerbDictionary(Map<String, List<VerbPattern>> byVerb, VerbDictionary generated) {
    this.byVerb = Map.copyOf(byVerb);
    this.generated = generated;
  }

  /** The bundled dictionary, read once: the hand-written patterns over the generated lexicon. */
  public static synchronized VerbDictionary standard() {
    if (standard == null) {
      standard = bundled("verb-patterns.tsv").over(bundled("lexicon-verbs.tsv"));
    }
    return standard;
  }

  /**
   * The bundled noun patterns ({@code noun-patterns.tsv}: "attack on", "talks between") over the
   * generated event nouns ({@code lexicon-nouns.tsv}), read once.
   */
  public static synchronized VerbDictionary nouns() {
    if (nouns == null) {
      nouns = bundled("noun-patterns.tsv").over(bundled("lexicon-nouns.tsv"));
    }
    return nouns;
  }

  /** The hand-written bundled patterns alone, without the generated layer. */
  public static VerbDictionary handWritten() {
    return bundled("verb-patterns.tsv");
  }

  /** These patterns over a generated layer, which applies only where these say nothing as specific. */
  public VerbDictionary over(VerbDictionary layer) {
    return new VerbDictionary(byVerb, layer);
  }

  private static VerbDictionary bundled(String name) {
    try (InputStream in = VerbDictionary.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), name, Codebook.standard());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads patterns (four columns, or five where the fifth is a generated entry's provenance); a
   * malformed row or a code the codebook lacks is refused with file:line.
   */
  public static VerbDictionary read(Reader reader, String origin, Codebook codebook) throws IOException {
    Map<String, List<VerbPattern>> map = new HashMap<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int n = 0;
    boolean header = false;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4 && f.length != 5) {
        throw new IllegalArgumentException(origin + ":" + n + ": expected 4 tab-separated columns (5 with provenance), found "
            + f.length);
      }
      if (!header) {
        header = true;
        if (f[0].equals("verb")) {
          continue;
        }
      }
      boolean reversed = f[3].startsWith("<");
      String code = reversed ? f[3].substring(1) : f[3];
      if (!codebook.contains(code)) {
        throw new IllegalArgumentException(origin + ":" + n + ": unknown CAMEO code " + f[3]);
      }
      VerbPattern p = new VerbPattern(f[0].strip(), any(f[1]), any(f[2]), code.strip(), reversed, false, origin + ":" + n);
      map.computeIfAbsent(p.verb(), k -> new ArrayList<>()).add(p);
    }
    return new VerbDictionary(map, null);
  }

  private static String any(String s) {
    String t = s.strip();
    return t.equals("*") || t.isEmpty() ? null : t;
  }

  @Override
  public boolean hasVerb(org.dyad.model.nlp.Annotation a, int verb) {
    return hasVerb(a.tokens().get(verb).lemma());
  }

  @Override
  public List<VerbPattern> match(org.dyad.model.nlp.Annotation a, int verb, Set<String> objects, Set<String> preps) {
    return match(a.tokens().get(verb).lemma(), objects, preps).map(List::of).orElse(List.of());
  }

  /** True when some pattern (hand-written or generated) starts with this verb lemma. */
  public boolean hasVerb(String lemma) {
    return byVerb.containsKey(lemma) || generated != null && generated.hasVerb(lemma);
  }

  /**
   * The most specific pattern for a verb, given the lemmas of its objects and the prepositions of its
   * oblique phrases: each object lemma it names counts two, its preposition one when the verb has it
   * (a row with an object applies without its preposition, but one whose preposition is there wins).
   * A generated pattern is taken only when it is strictly more specific than the best hand-written
   * one ("launched an attack on X": the generated launch+attack over a hand-written launch alone);
   * at equal specificity the hand-written row, the reviewed core, wins.
   */
  public Optional<VerbPattern> match(String verb, Set<String> objects, Set<String> preps) {
    Optional<VerbPattern> own = best(verb, objects, preps);
    Optional<VerbPattern> layer = generated == null ? Optional.empty() : generated.match(verb, objects, preps);
    if (layer.isPresent() && (own.isEmpty() || score(layer.get(), preps) > score(own.get(), preps))) {
      return layer;
    }
    return own;
  }

  private static int score(VerbPattern p, Set<String> preps) {
    return 2 * p.objectLemmas().size() + (p.prep() != null && preps.contains(p.prep()) ? 1 : 0);
  }

  private Optional<VerbPattern> best(String verb, Set<String> objects, Set<String> preps) {
    VerbPattern best = null;
    int bestScore = -1;
    for (VerbPattern p : byVerb.getOrDefault(verb, List.of())) {
      boolean hasPrep = p.prep() != null && preps.contains(p.prep());
      boolean ok = objects.containsAll(p.objectLemmas()) && (p.prep() == null || hasPrep || p.object() != null);
      int score = score(p, preps);
      if (ok && score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The most specific pattern for a noun given its modifiers, whatever preposition introduces its
   * target: what kind of act the noun names ("an air strike" 195), for a noun whose target is named
   * elsewhere ("were killed in an air strike").
   */
  public Optional<VerbPattern> kindOf(String noun, Set<String> modifiers) {
    VerbPattern best = null;
    for (VerbPattern p : byVerb.getOrDefault(noun, List.of())) {
      if (modifiers.containsAll(p.objectLemmas()) && (best == null || p.objectLemmas().size() > best.objectLemmas().size())) {
        best = p;
      }
    }
    return best == null && generated != null ? generated.kindOf(noun, modifiers) : Optional.ofNullable(best);
  }
}
