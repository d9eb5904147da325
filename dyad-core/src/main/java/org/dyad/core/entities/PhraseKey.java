package org.dyad.core.entities;

import java.util.Locale;
import java.util.regex.Pattern;

/** The lookup key of a phrase: lower case, one plain space between words, straight apostrophes. */
final class PhraseKey {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2009]+");

  private PhraseKey() {}

  static String of(String phrase) {
    String s = phrase.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-')
        .replace('\u2011', '-');
    return SPACE.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** True for a written acronym such as "US", "MoI", "U.N.": two or more capitals and no space. */
  static boolean isAcronym(String phrase) {
    if (phrase.length() > 8 || phrase.contains(" ")) {
      return false;
    }
    return capitals(phrase) >= 2;
  }

  static int capitals(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** True when the first letter is a capital (or the word has no letters and starts with a digit). */
  static boolean isCapitalised(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
      }
    }
    return false;
  }
}
