package org.dyad.core.entities;

import org.dyad.model.CleanedArticle;

/**
 * Where the dateline ("MOSCOW, August 25. /TASS/.") ends in the tokens, and the country its place
 * names. The cleaner's dateline is used when the text starts with it (a later dateline gives its
 * country only); otherwise upper-case words
 * before a comma among the first tokens count as a dateline place.
 *
 * @param end the first token after the dateline's place, 0 when there is none
 * @param country ISO alpha-3 code of the place, or null
 */
record DatelineReader(int end, String country) {
  static DatelineReader read(CleanedArticle article, TokenText tt, Gazetteer gazetteer) {
    String place = article.dateline() == null ? null : article.dateline().place();
    int end = 0;
    if (place != null) {
      int at = tt.fullText().indexOf(place);
      // Only a dateline that opens the text ends a stretch of tokens; after a title and a lead
      // ("MOSCOW, August 25. /TASS/." in the third paragraph) the words before it are no dateline.
      at = at >= 0 && tt.fullText().substring(0, at).isBlank() ? at : -1;
      while (end < tt.size() && at >= 0 && tt.start(end) < at + place.length()) {
        end++;
      }
    } else {
      while (end < Math.min(4, tt.size()) && isUpperWord(tt.word(end))) {
        end++;
      }
      if (end == 0 || end >= tt.size() || !tt.word(end).equals(",")) {
        return new DatelineReader(0, null);
      }
      place = tt.text(0, end);
    }
    GazetteerEntry e = gazetteer.get(place);
    return new DatelineReader(end, e != null && e.country() != null ? e.country() : countryAfterComma(tt, end, gazetteer));
  }

  /** Punctuation that closes a dateline: "GAZA CITY, Palestinian Territories:", "SUVA, Fiji (Reuters) -". */
  private static final java.util.Set<String> CLOSING = java.util.Set.of(":", "-", "--", "—", "–", "(", "-LRB-");

  /**
   * The country a dateline names after its place's comma when the place itself is unknown ("ZARIA,
   * Nigeria:"): a country name right after the comma and closed by a colon, dash or parenthesis.
   */
  private static String countryAfterComma(TokenText tt, int end, Gazetteer gazetteer) {
    if (end == 0 || end + 1 >= tt.size() || !tt.word(end).equals(",")) {
      return null;
    }
    Gazetteer.Match m = gazetteer.longestAt(tt, end + 1, tt.sentenceEnd(end));
    boolean closed = m != null && m.end() < tt.size() && CLOSING.contains(tt.word(m.end()));
    return closed && m.entry().kind() == GazetteerEntry.Kind.COUNTRY ? m.entry().country() : null;
  }

  private static boolean isUpperWord(String w) {
    return w.chars().anyMatch(Character::isLetter)
        && w.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
  }
}
