package org.dyad.core.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.Parses;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/**
 * Dyad's rule for a personal pronoun: the last person named in its sentence or the five before,
 * skipping people whose title or form of address says the other gender ("she" is not the
 * spokesman, "he" not the chairwoman) or first name (the annotator's name list, {@link Annotation#genderOfName}), and, for an object pronoun ("told him"), the subject of its
 * own verb. Returns null when no person fits.
 */
public final class PronounResolver {
  /** Sentences before the pronoun's own in which an antecedent is looked for. */
  public static final int WINDOW = 5;
  private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
  private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE_WORDS = Set.of("ms", "ms.", "mrs", "mrs.", "madam", "madame", "queen",
      "princess", "lady", "duchess", "empress", "sister", "mother");
  private static final Set<String> MALE_WORDS = Set.of("mr", "mr.", "sir", "king", "prince", "lord", "duke",
      "emperor", "brother", "father");
  private static final java.util.regex.Pattern MALE_TITLE = java.util.regex.Pattern.compile(
      "(spokes|chair|congress|business|council|police|states|assembly|alder|committee|anchor|fore)man");
  private static final Set<String> OBJECTS = Set.of("obj", "iobj", "dobj");

  private PronounResolver() {}

  /** True for he, she, him, her, his and their reflexives: the pronouns this resolver knows a gender for. */
  public static boolean isGendered(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return FEMALE_PRONOUNS.contains(w) || MALE_PRONOUNS.contains(w);
  }

  /** The person {@code pronoun} stands for among {@code entities}, or null. */
  public static EntityMention antecedent(Annotation a, List<EntityMention> entities, Token pronoun) {
    int firstSentence = Math.max(0, pronoun.sentence() - WINDOW);
    int from = a.sentences().isEmpty() ? 0 : a.sentences().get(Math.min(firstSentence, a.sentences().size() - 1)).start();
    char gender = genderOf(pronoun.word());
    int ownSubject = ownSubject(a, pronoun);
    EntityMention best = null;
    for (EntityMention e : entities) {
      if ("PERSON".equals(e.type()) && e.start() >= from && e.end() <= pronoun.start() && agrees(gender, a, e)
          && !covers(a, e, ownSubject)) {
        best = e;
      }
    }
    return best;
  }

  /** 'F', 'M', or '?' for a pronoun without gender ("they"). */
  static char genderOf(String pronoun) {
    String w = pronoun.toLowerCase(Locale.ROOT);
    return FEMALE_PRONOUNS.contains(w) ? 'F' : MALE_PRONOUNS.contains(w) ? 'M' : '?';
  }

  /** 'F', 'M' or '?' from the person's title or the words of the mention ("spokeswoman", "Mrs"). */
  static char genderOf(EntityMention e) {
    String words = ((e.title() == null ? "" : e.title()) + " " + e.text()).toLowerCase(Locale.ROOT);
    for (String w : words.split("[\\s-]+")) {
      if (w.endsWith("woman") || w.endsWith("women") || FEMALE_WORDS.contains(w)) {
        return 'F';
      }
      if (MALE_TITLE.matcher(w).matches() || MALE_WORDS.contains(w)) {
        return 'M';
      }
    }
    return '?';
  }

  /** 'F', 'M' or '?' from the words of the mention, else from the first name of a full name. */
  static char genderOf(Annotation a, EntityMention e) {
    char byWords = genderOf(e);
    String[] name = e.name().split(" ");
    return byWords != '?' || name.length < 2 ? byWords : a.genderOfName(name[0]);
  }

  private static boolean agrees(char pronoun, Annotation a, EntityMention e) {
    char person = genderOf(a, e);
    return pronoun == '?' || person == '?' || pronoun == person;
  }

  /** The subject of the verb an object pronoun depends on ("X told him": X), or -1. */
  private static int ownSubject(Annotation a, Token pronoun) {
    if (!pronoun.pos().equals("PRP") || !OBJECTS.contains(Parses.relation(a, pronoun.index()))) {
      return -1;
    }
    int verb = Parses.head(a, pronoun.index());
    return verb < 0 ? -1 : Parses.child(a, verb, "nsubj");
  }

  private static boolean covers(Annotation a, EntityMention e, int token) {
    if (token < 0) {
      return false;
    }
    Token t = a.tokens().get(token);
    return t.start() >= e.start() && t.end() <= e.end();
  }
}
