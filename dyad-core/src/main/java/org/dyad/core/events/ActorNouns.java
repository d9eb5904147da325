package org.dyad.core.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The nouns that name people or social groups ({@code actor-nouns.txt}, generated from WordNet 3.1 by
 * dyad-lexicon's {@code ActorNouns}): a phrase headed by one may be an event's side without a code.
 */
final class ActorNouns {
  private static final Set<String> NOUNS = load();

  private ActorNouns() {}

  static boolean contains(String lemma) {
    return NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    try (InputStream in = ActorNouns.class.getResourceAsStream("actor-nouns.txt")) {
      if (in == null) {
        throw new IllegalStateException("actor-nouns.txt is not on the class path");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
