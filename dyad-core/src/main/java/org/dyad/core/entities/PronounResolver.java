package org.dyad.core.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.nlp.Parses;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/**
 * Dyad's coreference for he and she (and him, her, his): the person a pronoun stands for among the
 * people named in its sentence before it or in the five sentences before.
 * <ol>
 *   <li>Only people whose gender agrees count ({@link PersonGenders}: forms of address, gendered titles,
 *       first names), and for an object pronoun ("told him") not the subject of its own verb.
 *   <li>A preferred person the caller names (for a speaker, the speaker of the statement just before)
 *       wins when the pronoun agrees with them and no other fitting person has been the subject of a
 *       sentence since.
 *   <li>Else the nearest sentence that names a fitting person decides (of its people, those whose gender
 *       is known to agree, if any): one person there is the answer; of several, the one in subject
 *       position, else the one named most often in the window.
 *   <li>A tie is refused: null, as when no person fits.
 * </ol>
 */
public final class PronounResolver {
  /** Sentences before the pronoun's own in which an antecedent is looked for. */
  public static final int WINDOW = 5;
  private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
  private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
  private static final Set<String> OBJECTS = Set.of("obj", "iobj", "dobj");
  /** Relations through which a verb shares the subject of the verb it hangs from. */
  private static final Set<String> SHARING = Set.of("conj", "xcomp", "advcl");

  private PronounResolver() {}

  /** True for he, she, him, her, his and their reflexives: the pronouns this resolver knows a gender for. */
  public static boolean isGendered(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return FEMALE_PRONOUNS.contains(w) || MALE_PRONOUNS.contains(w);
  }

  /** The person {@code pronoun} stands for among {@code entities}, or null. */
  public static EntityMention antecedent(Annotation a, List<EntityMention> entities, Token pronoun) {
    return antecedent(a, entities, pronoun, null);
  }

  /**
   * The person {@code pronoun} stands for, or null; {@code preferred} (may be null) is a mention of the
   * person the context makes likeliest, such as the speaker of the statement just before.
   */
  public static EntityMention antecedent(Annotation a, List<EntityMention> entities, Token pronoun, EntityMention preferred) {
    char gender = genderOf(pronoun.word());
    if (gender == '?' || a.sentences().isEmpty()) {
      return null;
    }
    PersonGenders genders = PersonGenders.of(a, entities);
    List<EntityMention> fitting = candidates(a, entities, pronoun, gender, genders);
    if (preferred != null && "PERSON".equals(preferred.type()) && fits(genders.of(preferred.name()), gender)
        && keepsTheFloor(a, fitting, preferred)) {
      EntityMention latest = last(fitting, preferred.name());
      return latest != null ? latest : preferred;
    }
    for (int s = pronoun.sentence(); s >= 0 && s >= pronoun.sentence() - WINDOW; s--) {
      List<EntityMention> here = inSentence(a, fitting, s);
      List<EntityMention> sure = here.stream().filter(e -> genders.of(e.name()) == gender).toList();
      if (!here.isEmpty()) {
        return choose(a, fitting, sure.isEmpty() ? here : sure);
      }
    }
    return null;
  }

  /**
   * The person a definite description at {@code at} most likely stands for when no title decides: the
   * person named in the nearest sentence (its own before it, or one of the two before) that names
   * people, when that sentence names one person alone; else null.
   */
  public static EntityMention alone(Annotation a, List<EntityMention> entities, Token at) {
    List<EntityMention> people = entities.stream().filter(e -> "PERSON".equals(e.type()) && e.end() <= at.start()).toList();
    for (int s = at.sentence(); s >= 0 && s >= at.sentence() - 2; s--) {
      List<EntityMention> here = inSentence(a, people, s);
      if (!here.isEmpty()) {
        return here.stream().map(EntityMention::name).distinct().count() == 1 ? here.get(here.size() - 1) : null;
      }
    }
    return null;
  }

  /** The people before the pronoun in its window whose gender agrees, not the subject of an object pronoun's own verb. */
  private static List<EntityMention> candidates(Annotation a, List<EntityMention> entities, Token pronoun, char gender,
      PersonGenders genders) {
    int firstSentence = Math.max(0, pronoun.sentence() - WINDOW);
    int from = a.sentences().get(Math.min(firstSentence, a.sentences().size() - 1)).start();
    int ownSubject = ownSubject(a, pronoun);
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention e : entities) {
      if ("PERSON".equals(e.type()) && e.start() >= from && e.end() <= pronoun.start() && fits(genders.of(e.name()), gender)
          && !covers(a, e, ownSubject)) {
        out.add(e);
      }
    }
    return out;
  }

  /** No other fitting person has been a subject since the preferred person's mention. */
  private static boolean keepsTheFloor(Annotation a, List<EntityMention> fitting, EntityMention preferred) {
    for (EntityMention e : fitting) {
      if (!e.name().equals(preferred.name()) && e.start() > preferred.start() && isSubject(a, e)) {
        return false;
      }
    }
    return true;
  }

  private static boolean fits(char person, char pronoun) {
    return person == '?' || person == pronoun;
  }

  /** One person named in the sentence, or the one subject among several, or the one named most often; else null. */
  private static EntityMention choose(Annotation a, List<EntityMention> fitting, List<EntityMention> here) {
    Map<String, EntityMention> names = new LinkedHashMap<>();
    for (EntityMention e : here) {
      names.put(e.name(), e);
    }
    if (names.size() == 1) {
      return here.get(here.size() - 1);
    }
    List<EntityMention> subjects = here.stream().filter(e -> isSubject(a, e)).toList();
    if (subjects.stream().map(EntityMention::name).distinct().count() == 1) {
      return subjects.get(subjects.size() - 1);
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String name : names.keySet()) {
      counts.put(name, fitting.stream().filter(e -> e.name().equals(name)).count());
    }
    long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<String> leaders = counts.keySet().stream().filter(n -> counts.get(n) == most).toList();
    return leaders.size() == 1 ? names.get(leaders.get(0)) : null;
  }

  private static List<EntityMention> inSentence(Annotation a, List<EntityMention> fitting, int sentence) {
    var s = a.sentences().get(sentence);
    return fitting.stream().filter(e -> e.start() >= s.start() && e.end() <= s.end()).toList();
  }

  private static EntityMention last(List<EntityMention> fitting, String name) {
    EntityMention out = null;
    for (EntityMention e : fitting) {
      out = e.name().equals(name) ? e : out;
    }
    return out;
  }

  /** True when a word of the mention is the subject of a word outside it. */
  static boolean isSubject(Annotation a, EntityMention e) {
    for (Token t : a.tokens().subList(tokenAt(a, e.start()), a.tokens().size())) {
      if (t.start() >= e.end()) {
        break;
      }
      int head = Parses.head(a, t.index());
      boolean outside = head < 0 || a.tokens().get(head).start() < e.start() || a.tokens().get(head).start() >= e.end();
      if (outside && Parses.relation(a, t.index()).startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first token that ends after {@code offset}. */
  static int tokenAt(Annotation a, int offset) {
    int lo = 0;
    int hi = a.tokens().size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a.tokens().get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** 'F', 'M', or '?' for a pronoun without gender ("they"). */
  static char genderOf(String pronoun) {
    String w = pronoun.toLowerCase(Locale.ROOT);
    return FEMALE_PRONOUNS.contains(w) ? 'F' : MALE_PRONOUNS.contains(w) ? 'M' : '?';
  }

  /** 'F', 'M' or '?' from the person's title or the words of the mention ("spokeswoman", "Mrs"). */
  static char genderOf(EntityMention e) {
    return PersonGenders.of(e);
  }

  /**
   * The subject of the verb an object pronoun depends on ("X told him": X), or of the clause that verb
   * shares its subject with ("X met Y and handed him a letter": X); -1 when none.
   */
  private static int ownSubject(Annotation a, Token pronoun) {
    if (!pronoun.pos().equals("PRP") || !OBJECTS.contains(Parses.relation(a, pronoun.index()))) {
      return -1;
    }
    int verb = Parses.head(a, pronoun.index());
    for (int hop = 0; verb >= 0 && hop <= 2; hop++) {
      int subject = Parses.child(a, verb, "nsubj");
      if (subject >= 0 || !SHARING.contains(Parses.relation(a, verb))) {
        return subject;
      }
      verb = Parses.head(a, verb);
    }
    return -1;
  }

  private static boolean covers(Annotation a, EntityMention e, int token) {
    if (token < 0) {
      return false;
    }
    Token t = a.tokens().get(token);
    return t.start() >= e.start() && t.end() <= e.end();
  }
}
