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
  /** A few entries one article reads otherwise ("Georgia" the US state), over the shared ones. */
  private final Map<String, GazetteerEntry> overrides;

  Gazetteer(Map<String, GazetteerEntry> entries) {
    this(Map.copyOf(entries), entries.keySet().stream().mapToInt(String::length).max().orElse(0),
        UnaryOperator.identity(), Map.of());
  }

  private Gazetteer(Map<String, GazetteerEntry> entries, int maxKeyLength, UnaryOperator<GazetteerEntry> dating,
      Map<String, GazetteerEntry> overrides) {
    this.entries = entries;
    this.maxKeyLength = maxKeyLength;
    this.dating = dating;
    this.overrides = overrides;
  }

  /** This gazetteer as of a date: each dated actor's entry carries the code of that day; shares the entries. */
  Gazetteer on(UnaryOperator<GazetteerEntry> dating) {
    return new Gazetteer(entries, maxKeyLength, dating, overrides);
  }

  /** This gazetteer with {@code phrase} read as {@code entry} (no longer than a known phrase); shares the entries. */
  Gazetteer reading(String phrase, GazetteerEntry entry) {
    Map<String, GazetteerEntry> o = new HashMap<>(overrides);
    o.put(PhraseKey.of(phrase), entry);
    return new Gazetteer(entries, maxKeyLength, dating, Map.copyOf(o));
  }

  private GazetteerEntry lookup(String key) {
    GazetteerEntry e = overrides.isEmpty() ? entries.get(key) : overrides.getOrDefault(key, entries.get(key));
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
    return best == null ? null : inPlaceAfter(tt, best);
  }

  /**
   * A capital or place followed by a comma and a place of another country lies in that country:
   * "Moscow, Idaho" and "London, Ontario" are no capitals of Russia or Britain. Not in a list
   * ("Peshawar, Kandahar and Quetta"): the second place must not be followed by "and", "or" or
   * another capitalised name.
   */
  private Match inPlaceAfter(TokenText tt, Match m) {
    GazetteerEntry.Kind kind = m.entry().kind();
    int c = m.end() + 1;
    if (kind != GazetteerEntry.Kind.CAPITAL && kind != GazetteerEntry.Kind.PLACE || c >= tt.size()
        || !tt.word(m.end()).equals(",")) {
      return m;
    }
    int limit = tt.sentenceEnd(c);
    Match state = null;
    for (int end = c + 1; end <= Math.min(limit, c + 3); end++) {
      GazetteerEntry e = lookup(tt.key(c, end));
      if (e != null && e.casing().fits(tt.text(c, end))) {
        state = new Match(c, end, e);
      }
    }
    if (state == null || state.entry().kind() != GazetteerEntry.Kind.PLACE
        || java.util.Objects.equals(state.entry().country(), m.entry().country()) || inList(tt, state.end(), limit)) {
      return m;
    }
    GazetteerEntry e = m.entry();
    return new Match(m.first(), m.end(), new GazetteerEntry(GazetteerEntry.Kind.PLACE,
        tt.text(m.first(), m.end()) + ", " + state.entry().name(), state.entry().country(), null, e.casing(), null));
  }

  private static boolean inList(TokenText tt, int after, int limit) {
    if (after >= limit) {
      return false;
    }
    String w = tt.lower(after);
    boolean nextName = w.equals(",") && after + 1 < limit && tt.isCapitalised(after + 1);
    return w.equals("and") || w.equals("or") || nextName;
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
