package org.dyad.core.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/**
 * The gender of each person of an article, from all of that person's mentions: a form of address
 * before a mention ("Mr. Lind", "Ms. Ruiz"), a gendered title ("spokeswoman", "King"), or the first
 * name before a surname (the annotator's name list, {@link Annotation#genderOfName}; a person named by
 * one word gets no gender from it, since the word may be a surname: "Omar" is a man's first name and a
 * woman's surname). Mentions that disagree leave the gender unknown.
 */
final class PersonGenders {
  private static final Set<String> FEMALE_WORDS = Set.of("ms", "ms.", "mrs", "mrs.", "miss", "madam", "madame", "queen",
      "princess", "lady", "duchess", "empress", "sister", "mother", "congresswoman", "wife", "daughter", "grandmother");
  private static final Set<String> MALE_WORDS = Set.of("mr", "mr.", "sir", "king", "prince", "lord", "duke",
      "emperor", "brother", "father", "husband", "son", "grandfather");
  private static final Pattern MALE_TITLE = Pattern.compile(
      "(spokes|chair|congress|business|council|police|states|assembly|alder|committee|anchor|fore)man");

  private final Map<String, Character> byName;

  private PersonGenders(Map<String, Character> byName) {
    this.byName = byName;
  }

  /** The genders of the persons among {@code entities}, with the words before each mention read from {@code a}. */
  static PersonGenders of(Annotation a, List<EntityMention> entities) {
    Map<String, Character> out = new HashMap<>();
    for (EntityMention e : entities) {
      if (!"PERSON".equals(e.type())) {
        continue;
      }
      char g = of(e);
      if (g == '?') {
        g = address(a, e);
      }
      if (g != '?') {
        out.merge(e.name(), g, (x, y) -> x.equals(y) ? x : '?');
      }
    }
    for (EntityMention e : entities) {
      String[] name = e.name().split(" ");
      if ("PERSON".equals(e.type()) && !out.containsKey(e.name()) && name.length > 1) {
        out.put(e.name(), a.genderOfName(name[0]));
      }
    }
    return new PersonGenders(out);
  }

  /** 'F', 'M' or '?' for a person of the article. */
  char of(String name) {
    return byName.getOrDefault(name, '?');
  }

  /** 'F', 'M' or '?' from one mention's title or words ("spokeswoman", "Mrs"). */
  static char of(EntityMention e) {
    String words = ((e.title() == null ? "" : e.title()) + " " + e.text()).toLowerCase(Locale.ROOT);
    for (String w : words.split("[\\s-]+")) {
      char g = ofWord(w);
      if (g != '?') {
        return g;
      }
    }
    return '?';
  }

  /** 'F', 'M' or '?' for a word of address or a title word. */
  static char ofWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("woman") || w.endsWith("women") || FEMALE_WORDS.contains(w)) {
      return 'F';
    }
    return MALE_TITLE.matcher(w).matches() || MALE_WORDS.contains(w) ? 'M' : '?';
  }

  /** The form of address right before a mention: "Mr." in "Mr. Lind". */
  private static char address(Annotation a, EntityMention e) {
    int at = PronounResolver.tokenAt(a, e.start());
    Token before = at == 0 ? null : a.tokens().get(at - 1);
    if (before == null || e.start() - before.end() > 1) {
      return '?';
    }
    if (before.word().equals(".") && at >= 2) {
      Token word = a.tokens().get(at - 2);
      return word.end() == before.start() ? ofWord(word.word() + ".") : '?';
    }
    return ofWord(before.word());
  }
}
