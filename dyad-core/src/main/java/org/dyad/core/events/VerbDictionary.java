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

/** Verb patterns by lemma, read from the documented TSV format of {@code verb-patterns.tsv}. */
public final class VerbDictionary implements VerbLexicon {
  private static VerbDictionary standard;
  private static VerbDictionary nouns;
  private final Map<String, List<VerbPattern>> byVerb;

  private VerbDictionary(Map<String, List<VerbPattern>> byVerb) {
    this.byVerb = Map.copyOf(byVerb);
  }

  /** The bundled dictionary, read once. */
  public static synchronized VerbDictionary standard() {
    if (standard == null) {
      standard = bundled("verb-patterns.tsv");
    }
    return standard;
  }

  /** The bundled noun patterns ({@code noun-patterns.tsv}: "attack on", "talks between"), read once. */
  public static synchronized VerbDictionary nouns() {
    if (nouns == null) {
      nouns = bundled("noun-patterns.tsv");
    }
    return nouns;
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

  /** Reads patterns; a malformed row or a code the codebook lacks is refused with file:line. */
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
      if (f.length != 4) {
        throw new IllegalArgumentException(origin + ":" + n + ": expected 4 tab-separated columns, found " + f.length);
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
      VerbPattern p = new VerbPattern(f[0].strip(), any(f[1]), any(f[2]), code.strip(), reversed);
      map.computeIfAbsent(p.verb(), k -> new ArrayList<>()).add(p);
    }
    return new VerbDictionary(map);
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

  /** True when some pattern starts with this verb lemma. */
  public boolean hasVerb(String lemma) {
    return byVerb.containsKey(lemma);
  }

  /**
   * The most specific pattern for a verb, given the lemmas of its objects and the prepositions of its
   * oblique phrases: each object lemma it names counts two, its preposition one when the verb has it
   * (a row with an object applies without its preposition, but one whose preposition is there wins).
   */
  public Optional<VerbPattern> match(String verb, Set<String> objects, Set<String> preps) {
    VerbPattern best = null;
    int bestScore = -1;
    for (VerbPattern p : byVerb.getOrDefault(verb, List.of())) {
      boolean hasPrep = p.prep() != null && preps.contains(p.prep());
      boolean ok = objects.containsAll(p.objectLemmas()) && (p.prep() == null || hasPrep || p.object() != null);
      int score = 2 * p.objectLemmas().size() + (hasPrep ? 1 : 0);
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
    return Optional.ofNullable(best);
  }
}
