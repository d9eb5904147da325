package org.dyad.core.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The verbs that cue a statement, read once: verbs of saying, whose clause is the content and which
 * alone cue a quotation ({@code cue-verbs.txt}); verbs of thinking, knowing and showing, whose clause is
 * the content ({@code belief-verbs.txt}); verbs whose to-infinitive is the content
 * ({@code infinitive-cue-verbs.txt}); verbs that describe their object ({@code naming-verbs.txt}); and
 * verbs whose object is the content ({@code object-cue-verbs.txt}). Acts performed by speaking
 * ({@code speech-act-verbs.txt}: condemn, order, agree) cue nothing here; the events stage codes them.
 */
public final class CueVerbs {
  private static final Set<String> SPEECH = load("cue-verbs.txt");
  private static final Set<String> BELIEF = load("belief-verbs.txt");
  private static final Set<String> ACTS = load("speech-act-verbs.txt");
  private static final Set<String> INFINITIVE = load("infinitive-cue-verbs.txt");
  private static final Set<String> NAMING = load("naming-verbs.txt");
  private static final Set<String> OBJECT = load("object-cue-verbs.txt");
  private static final Set<String> VIEW_NOUNS = Set.of("view", "opinion", "estimation", "judgment", "judgement", "words");

  private CueVerbs() {}

  /** A verb whose clause is a statement: of saying ("said that ...", "..., she added") or of thinking and knowing ("believes that"). */
  public static boolean contains(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    return SPEECH.contains(l) || BELIEF.contains(l);
  }

  /** A verb of saying or writing: the only kind that cues a quotation ("“...,” she said"). */
  public static boolean ofSpeech(String lemma) {
    return SPEECH.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A verb whose to-infinitive complement is the statement: "urged them to leave". */
  public static boolean takesInfinitive(String lemma) {
    return INFINITIVE.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A verb whose object and its description are the statement: "called the plan a disaster". */
  public static boolean names(String lemma) {
    return NAMING.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A verb of saying whose object is what was said or judged: "denied the report". */
  public static boolean takesObject(String lemma) {
    return OBJECT.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A noun that cues a statement as "in X's view": the rest of the sentence is X's. */
  public static boolean isViewNoun(String lemma) {
    return VIEW_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** A word outside a verb that cues a statement: "according" (to X) or a view noun (in X's view). */
  public static boolean cuesOutsideAVerb(String word, String lemma) {
    return word.equalsIgnoreCase("according") || isViewNoun(lemma);
  }

  /**
   * A verb of speech in the widest sense: one that cues a statement in any of the ways above, or an
   * act performed by speaking (condemn, order, agree), as the events stage needs to know.
   */
  public static boolean cuesAny(String lemma) {
    return contains(lemma) || takesInfinitive(lemma) || names(lemma) || takesObject(lemma)
        || ACTS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load(String name) {
    Set<String> out = new HashSet<>();
    try (InputStream in = CueVerbs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(l.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
