package org.dyad.core.places;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The lookup key of a place name: lower case, without accents, "the" or punctuation, spaces collapsed. */
final class PlaceKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private PlaceKey() {}

  static String of(String name) {
    String s = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        b.append(Character.toLowerCase(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    String k = b.toString();
    k = k.endsWith(" s") && (name.endsWith("'s") || name.endsWith("\u2019s")) ? k.substring(0, k.length() - 2) : k;
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** True for a name written in Latin letters (the only alternate names an English text uses). */
  static boolean isLatin(String name) {
    boolean letter = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
          return false;
        }
        letter |= Character.isLowerCase(c);
      }
    }
    return letter;
  }
}
