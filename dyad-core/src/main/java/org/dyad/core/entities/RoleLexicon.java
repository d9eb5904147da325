package org.dyad.core.entities;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Role words from roles.tsv: titles, group nouns, organisation head words and title modifiers. */
final class RoleLexicon {
  /** The CAMEO-style role codes Dyad knows (see organizations.tsv). */
  static final Set<String> ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "PTY",
      "BUS", "MED", "CVL", "ELI", "EDU", "REF", "REL", "LAB", "HLH", "AGR", "UAF");

  enum Kind {
    TITLE, GROUP, BARE, HEAD, MODIFIER, SHARED
  }

  /** Where a role's code goes: Dyad's own roles, and a user's agents after or before the actor's code. */
  enum Attachment {
    OWN, AFTER, BEFORE
  }

  /**
   * A role phrase; {@code role} is null for words that give no role ("chairman"). Roles from a user's
   * agent dictionary ({@code attachment} AFTER or BEFORE) follow PETRARCH's rules in {@link AgentPhraseMatcher}.
   */
  record Role(String phrase, String role, Set<Kind> kinds, Attachment attachment) {
    Role(String phrase, String role, Set<Kind> kinds) {
      this(phrase, role, kinds, Attachment.OWN);
    }

    boolean isAgent() {
      return attachment != Attachment.OWN;
    }
  }

  /** A role phrase found over tokens {@code [first, end)}. */
  record Match(int first, int end, Role role) {}

  private static final int MAX_TOKENS = 4;
  /** Words inside role phrases that say nothing alone ("Secretary of State"). */
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "the", "and", "to", "on", "in");
  private final Map<String, Role> roles;
  private final Set<String> words = new HashSet<>();
  /** The phrases whose words are role words. */
  private final Set<String> wordsOf;

  RoleLexicon(Map<String, Role> roles) {
    this(roles, roles.keySet());
  }

  /** Roles whose words ({@link #isRoleWord}) are those of the phrases {@code wordsOf}. */
  private RoleLexicon(Map<String, Role> roles, Set<String> wordsOf) {
    this.roles = Map.copyOf(roles);
    this.wordsOf = Set.copyOf(wordsOf);
    for (String key : wordsOf) {
      for (String w : key.split(" ")) {
        words.add(w);
        words.addAll(java.util.List.of(w.split("-")));
      }
    }
    words.removeAll(FUNCTION_WORDS);
  }

  static RoleLexicon from(TsvTable t) {
    Map<String, Role> roles = new HashMap<>();
    for (TsvTable.Row row : t.rows()) {
      String role = row.get(1);
      if (!role.equals("-") && !ROLES.contains(role)) {
        throw new DictionaryFormatException(t.at(row) + "unknown role '" + role + "', known: " + ROLES);
      }
      Set<Kind> kinds = EnumSet.noneOf(Kind.class);
      for (String k : row.get(2).split(",")) {
        try {
          kinds.add(Kind.valueOf(k.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new DictionaryFormatException(t.at(row) + "unknown kind '" + k + "'");
        }
      }
      String key = PhraseKey.of(row.get(0));
      if (roles.put(key, new Role(row.get(0), role.equals("-") ? null : role, kinds)) != null) {
        throw new DictionaryFormatException(t.at(row) + "phrase '" + row.get(0) + "' appears twice");
      }
    }
    return new RoleLexicon(roles);
  }

  /** This lexicon with extra roles (titles and group nouns); they win over entries of the same phrase. */
  RoleLexicon plus(Map<String, Role> extra) {
    Map<String, Role> all = new HashMap<>(roles);
    all.putAll(extra);
    Set<String> w = new HashSet<>(wordsOf);
    w.addAll(extra.keySet());
    return new RoleLexicon(all, w);
  }

  /**
   * This lexicon over a lower layer ({@code lower}: converted agent nouns): its phrases are found too,
   * this lexicon's win, and only this lexicon's words are role words. The name heuristics that skip
   * role words ("a capitalised word that is no role word is a surname") keep Dyad's own short list,
   * so a converted noun never turns a surname ("Farmer") or a name's word into a title word.
   */
  RoleLexicon over(RoleLexicon lower) {
    Map<String, Role> all = new HashMap<>(lower.roles);
    all.putAll(roles);
    return new RoleLexicon(all, roles.keySet());
  }

  /** This lexicon without the lower layer {@link #over} put under it (and with what {@link #plus} added). */
  RoleLexicon withoutLower() {
    Map<String, Role> own = new HashMap<>(roles);
    own.keySet().retainAll(wordsOf);
    return new RoleLexicon(own, wordsOf);
  }

  int size() {
    return roles.size();
  }

  /** The role of an exact phrase, or null. */
  Role get(String phrase) {
    return roles.get(PhraseKey.of(phrase));
  }

  /** True when the title as written ends in a title other bodies than states use too ("group president"). */
  boolean isShared(String title) {
    String[] words = title.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      Role r = get(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
      if (r != null && r.kinds().contains(Kind.TITLE)) {
        return r.kinds().contains(Kind.SHARED);
      }
    }
    return false;
  }

  /** True when the token is one word of some role phrase ("security" of "security forces"). */
  boolean isRoleWord(TokenText tt, int i) {
    return words.contains(tt.lower(i));
  }

  /** The longest role phrase of one of {@code kinds} starting at {@code first}, ending by {@code limit}. */
  Match longestAt(TokenText tt, int first, int limit, Kind kind) {
    Match best = null;
    for (int end = first + 1; end <= Math.min(limit, first + MAX_TOKENS); end++) {
      Role r = roles.get(tt.key(first, end));
      if (r != null && r.kinds().contains(kind)) {
        best = new Match(first, end, r);
      }
    }
    return best;
  }

  /** The rightmost, then longest, {@code kind} phrase inside {@code [from, to)}, or null. */
  Match lastIn(TokenText tt, int from, int to, Kind kind) {
    for (int end = to; end > from; end--) {
      for (int first = Math.max(from, end - MAX_TOKENS); first < end; first++) {
        Role r = roles.get(tt.key(first, end));
        if (r != null && r.kinds().contains(kind)) {
          return new Match(first, end, r);
        }
      }
    }
    return null;
  }

  /** The role given by the head words of an organisation name ("... Party" -> PTY), or null. */
  String headRole(TokenText tt, int first, int end) {
    Match m = lastIn(tt, first, end, Kind.HEAD);
    return m == null ? null : m.role().role();
  }
}
