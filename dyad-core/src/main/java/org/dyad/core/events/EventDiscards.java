package org.dyad.core.events;

import static java.util.Objects.requireNonNull;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * Contexts in which an action verb codes no event, read from the documented format of
 * {@code event-discards.tsv}: words anywhere in the sentence (sport), or words among a verb's
 * object and complements (figures of speech: "fight corruption").
 */
public final class EventDiscards {
  private static final String ANY = "*";
  private static final Set<String> FORCE = Set.of("17", "18", "19", "20");
  private static EventDiscards standard;
  private final Map<String, List<List<String>>> byVerb;
  private final List<List<String>> storyWide;
  private final boolean anyCode;

  private EventDiscards(Map<String, List<List<String>>> byVerb, List<List<String>> storyWide, boolean anyCode) {
    this.byVerb = Map.copyOf(byVerb);
    this.storyWide = List.copyOf(storyWide);
    this.anyCode = anyCode;
  }

  /** No discards at all. */
  public static EventDiscards none() {
    return new EventDiscards(Map.of(), List.of(), false);
  }

  /**
   * PETRARCH's discards: a phrase in the sentence, or anywhere in the article for a story discard,
   * drops every action event there, whatever its code.
   *
   * @param sentence phrases of lower-case words that discard their sentence
   * @param story phrases that discard the whole article
   */
  public static EventDiscards everyCode(List<List<String>> sentence, List<List<String>> story) {
    return new EventDiscards(sentence.isEmpty() ? Map.of() : Map.of(ANY, sentence), story, true);
  }

  /** The bundled discards, read once. */
  public static synchronized EventDiscards standard() {
    if (standard == null) {
      try (InputStream in = EventDiscards.class.getResourceAsStream("event-discards.tsv")) {
        if (in == null) {
          throw new IllegalStateException("event-discards.tsv is missing from the class path");
        }
        standard = read(new InputStreamReader(in, StandardCharsets.UTF_8), "event-discards.tsv");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return standard;
  }

  /** Reads discards; a row without two columns or without words is refused with file:line. */
  public static EventDiscards read(Reader reader, String origin) throws IOException {
    requireNonNull(reader, "reader is null");
    Map<String, List<List<String>>> map = new HashMap<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    for (int n = 1; (line = in.readLine()) != null; n++) {
      if (line.isBlank() || line.startsWith("#") || line.equals("verb\twords")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
        throw new IllegalArgumentException(origin + ":" + n + ": expected a verb and words, tab-separated");
      }
      List<String> words = List.of(f[1].strip().toLowerCase(Locale.ROOT).split("\\s+"));
      map.computeIfAbsent(f[0].strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(words);
    }
    return new EventDiscards(map, List.of(), false);
  }

  /**
   * True when the verb's event is discarded: one of the verb's own phrases is among the lemmas of its
   * object and complements, or, for a use of force (roots 17 to 20, the words sport reports borrow), a
   * sentence-wide phrase occurs in its sentence.
   */
  public boolean discards(Annotation a, int verb, Set<String> dependents, String code) {
    Token t = a.tokens().get(verb);
    for (List<String> words : byVerb.getOrDefault(t.lemma(), List.of())) {
      if (words.size() == 1 ? dependents.contains(words.get(0)) : dependents.containsAll(words)) {
        return true;
      }
    }
    for (List<String> words : storyWide) {
      if (occurs(a.tokens(), words)) {
        return true;
      }
    }
    List<List<String>> anywhere = byVerb.getOrDefault(ANY, List.of());
    if (anywhere.isEmpty() || !anyCode && !FORCE.contains(code.substring(0, 2))) {
      return false;
    }
    List<Token> tokens = a.tokensOf(a.sentenceAt(t.start()));
    for (List<String> words : anywhere) {
      if (occurs(tokens, words)) {
        return true;
      }
    }
    return false;
  }

  private static boolean occurs(List<Token> tokens, List<String> words) {
    for (int i = 0; i + words.size() <= tokens.size(); i++) {
      boolean all = true;
      for (int j = 0; j < words.size() && all; j++) {
        Token k = tokens.get(i + j);
        String w = words.get(j);
        all = w.equals(k.lemma().toLowerCase(Locale.ROOT)) || w.equals(k.word().toLowerCase(Locale.ROOT));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
