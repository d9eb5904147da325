package org.dyad.core.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Phrases to entries, matched over token spans of the text by their {@link PhraseKey}. */
final class Gazetteer {
  /** A match of {@code entry} over tokens {@code [first, end)}. */
  record Match(int first, int end, GazetteerEntry entry) {}

  private static final int MAX_TOKENS = 10;
  private final Map<String, GazetteerEntry> entries;
  private final int maxKeyLength;
  /** What a dated entry is on the article's date (identity until {@link #on} says). */
  private final UnaryOperator<GazetteerEntry> dating;

  Gazetteer(Map<String, GazetteerEntry> entries) {
    this(Map.copyOf(entries), entries.keySet().stream().mapToInt(String::length).max().orElse(0),
        UnaryOperator.identity());
  }

  private Gazetteer(Map<String, GazetteerEntry> entries, int maxKeyLength, UnaryOperator<GazetteerEntry> dating) {
    this.entries = entries;
    this.maxKeyLength = maxKeyLength;
    this.dating = dating;
  }

  /** This gazetteer as of a date: each dated actor's entry carries the code of that day; shares the entries. */
  Gazetteer on(UnaryOperator<GazetteerEntry> dating) {
    return new Gazetteer(entries, maxKeyLength, dating);
  }

  private GazetteerEntry lookup(String key) {
    GazetteerEntry e = entries.get(key);
    return e == null || e.codes() == null ? e : dating.apply(e);
  }

  /** The entry for an exact phrase, ignoring case, or null. */
  GazetteerEntry get(String phrase) {
    return lookup(PhraseKey.of(phrase));
  }

  /** This gazetteer with {@code extra} entries added; they win over entries with the same key. */
  Gazetteer plus(Map<String, GazetteerEntry> extra) {
    Map<String, GazetteerEntry> all = new HashMap<>(entries);
    all.putAll(extra);
    return new Gazetteer(all).on(dating);
  }

  int size() {
    return entries.size();
  }

  /** The longest match starting at token {@code first} and ending at or before {@code limit}. */
  Match longestAt(TokenText tt, int first, int limit) {
    return longestAt(tt, first, limit, false);
  }

  /**
   * The longest match starting at token {@code first} and ending at or before {@code limit};
   * {@code anyCase} ignores what the entry's casing asks of the text (for a name after a title).
   */
  Match longestAt(TokenText tt, int first, int limit, boolean anyCase) {
    Match best = null;
    for (int end = first + 1; end <= Math.min(limit, first + MAX_TOKENS); end++) {
      String key = tt.key(first, end);
      if (key.length() > maxKeyLength) {
        break;
      }
      GazetteerEntry e = lookup(key);
      if (e != null && (anyCase || e.casing().fits(tt.text(first, end)))) {
        best = new Match(first, end, e);
      }
    }
    return best;
  }

  /** The longest match ending at token {@code end} (exclusive) and starting at or after {@code floor}. */
  Match longestEndingAt(TokenText tt, int end, int floor) {
    for (int first = Math.max(floor, end - MAX_TOKENS); first < end; first++) {
      String key = tt.key(first, end);
      GazetteerEntry e = key.length() <= maxKeyLength ? lookup(key) : null;
      if (e != null && e.casing().fits(tt.text(first, end))) {
        return new Match(first, end, e);
      }
    }
    return null;
  }

  /** Collects entries; a later source may override an earlier one, but a file may not repeat a phrase. */
  static final class Builder {
    private final Map<String, GazetteerEntry> entries = new HashMap<>();
    private final Map<String, String> owner = new HashMap<>();

    /** Adds a phrase from {@code source} ("file:line: "), refusing a repeat within one file. */
    Builder add(String phrase, GazetteerEntry.Kind kind, String name, String country, String actor,
        String file, String at) {
      return add(phrase, new GazetteerEntry(kind, name, country, actor, GazetteerEntry.Casing.of(phrase)), file, at);
    }

    /** Adds a phrase for {@code entry} (its casing replaced by the phrase's own). */
    Builder add(String phrase, GazetteerEntry entry, String file, String at) {
      String key = PhraseKey.of(phrase);
      if (file.equals(owner.get(key))) {
        throw new DictionaryFormatException(at + "phrase '" + phrase + "' appears twice");
      }
      owner.put(key, file);
      entries.put(key, new GazetteerEntry(entry.kind(), entry.name(), entry.country(), entry.actor(),
          GazetteerEntry.Casing.of(phrase), entry.codes()));
      return this;
    }

    Gazetteer build() {
      return new Gazetteer(entries);
    }
  }
}
