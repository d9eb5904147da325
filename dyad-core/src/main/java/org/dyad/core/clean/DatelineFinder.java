package org.dyad.core.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the dateline in the first paragraphs of a body, not only in the first: agency pages put a
 * title and a lead paragraph before {@code MOSCOW, August 25. /TASS/.}, and newspaper pages put
 * furniture ("Updated 10:01 pm PST, Tuesday, November 19, 2019", "Caption", "Close") before
 * {@code HANOI, Vietnam (AP) —}, on lines of its own or run into the dateline's paragraph.
 */
public final class DatelineFinder {
  /** The dateline opens one of the first this many paragraphs. */
  static final int PARAGRAPHS = 5;
  /** At most this many paragraphs that read as sentences (a title, a lead) come before it. */
  static final int LEAD_PARAGRAPHS = 2;
  /** A dateline run into furniture starts within this many characters of its paragraph. */
  private static final int PREFIX_CHARS = 300;
  private static final int PREFIX_WORDS = 25;
  /** Four lower-case words in a row: a sentence, not furniture. */
  private static final Pattern TIME_WORDS = Pattern.compile("(?i)a\\.?m\\.?|p\\.?m\\.?|ago|mins?|read|hours?|et|gmt|utc");
  /** Words of page furniture and time zones that a time stamp or a share bar leaves before a dateline. */
  private static final java.util.Set<String> FURNITURE_WORDS = java.util.Set.of("share", "close", "caption", "print",
      "email", "listen", "comments", "comment", "advertisement", "save", "follow", "tweet", "updated", "published",
      "read", "more", "image", "photo", "video", "file", "menu", "subscribe", "gmt", "utc", "et", "est", "edt", "cst",
      "cdt", "pst", "pdt", "cet", "cest", "ist", "bst", "jst", "kst", "msk", "wib", "hkt", "sgt", "aest");
  private static final Pattern PROSE = Pattern.compile("(?:\\b\\p{Ll}[\\p{Ll}'’]*\\b[,;]?\\s+){3}\\p{Ll}");

  /**
   * A dateline found in a body.
   *
   * @param result what the dateline gives
   * @param paragraph the index of the paragraph it opens
   * @param offset where it starts in that paragraph (after furniture run into it)
   */
  public record Found(DatelineParser.Result result, int paragraph, int offset) {
    /**
     * The body from the dateline on: paragraphs before it that are furniture (no sentence) go, a
     * lead that reads as text stays, and furniture run into the dateline's paragraph is cut.
     */
    public List<String> trim(List<String> body) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < paragraph; i++) {
        if (Furniture.isSentence(body.get(i))) {
          out.add(body.get(i));
        }
      }
      out.add(body.get(paragraph).substring(offset));
      out.addAll(body.subList(paragraph + 1, body.size()));
      return out;
    }

    /** The furniture the trim drops: paragraphs before the dateline that are no sentence, and a prefix cut from its own. */
    public List<String> furniture(List<String> body) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < paragraph; i++) {
        if (!Furniture.isSentence(body.get(i))) {
          out.add(body.get(i));
        }
      }
      if (offset > 0) {
        out.add(body.get(paragraph).substring(0, offset).strip());
      }
      return out;
    }
  }

  private DatelineFinder() {}

  /**
   * @param body the body paragraphs, in order
   * @param reference the date whose year a dateline without one takes; may be null
   */
  public static Optional<Found> find(List<String> body, LocalDate reference) {
    int leads = 0;
    for (int i = 0; i < Math.min(PARAGRAPHS, body.size()) && leads <= LEAD_PARAGRAPHS; i++) {
      String p = body.get(i);
      Optional<Found> found = inParagraph(p, i, reference);
      if (found.isPresent()) {
        return found;
      }
      if (Furniture.isSentence(p)) {
        leads++;
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> inParagraph(String p, int index, LocalDate reference) {
    Optional<DatelineParser.Result> r = DatelineParser.parse(p, reference);
    if (r.isPresent()) {
      return Optional.of(new Found(r.get(), index, 0));
    }
    // A place in capitals first: in "Caption Close LISBON (Reuters) -" the furniture words would
    // otherwise read as a place in title case.
    Optional<Found> caps = afterFurniture(p, index, reference, true);
    return caps.isPresent() ? caps : afterFurniture(p, index, reference, false);
  }

  private static Optional<Found> afterFurniture(String p, int index, LocalDate reference, boolean capsOnly) {
    int limit = Math.min(p.length(), PREFIX_CHARS);
    for (int at = 1; at < limit; at++) {
      char c = p.charAt(at);
      if ((Character.isUpperCase(c) || c == '(') && Character.isWhitespace(p.charAt(at - 1)) && isFurniture(p.substring(0, at))) {
        Optional<DatelineParser.Result> r = DatelineParser.parse(p.substring(at), reference)
            .filter(x -> x.dateline() == null ? !capsOnly : placeAfterFurniture(x.dateline().place(), capsOnly));
        if (r.isPresent()) {
          return Optional.of(new Found(r.get(), index, at));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A place found after furniture, in capitals on the first pass: not one that starts with a word of
   * the furniture ("Share Bogota", "GMT KABUL"), nor a title-case place led by a word in capitals ("IST
   * New Delhi"). A dateline without a place ("(Bloomberg) --") waits for the second pass, so a place in
   * capitals further on is not lost to it.
   */
  private static boolean placeAfterFurniture(String place, boolean capsOnly) {
    String first = place.split("[ ,]")[0];
    if (FURNITURE_WORDS.contains(first.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    return capsOnly ? isCaps(place) : isCaps(place) || !isCaps(first);
  }

  private static boolean isCaps(String place) {
    return place.equals(place.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * Words before a dateline that are furniture: few, no run of lower-case prose among them, and not
   * ending in a lower-case word that a sentence would go on from ("officials in WASHINGTON"), short
   * of the words of a time stamp ("10:01 pm", "5 hours ago").
   */
  static boolean isFurniture(String prefix) {
    String t = prefix.strip();
    if (Furniture.words(t) > PREFIX_WORDS || PROSE.matcher(t).find()) {
      return false;
    }
    String[] words = t.split("\\s+");
    String last = words[words.length - 1];
    return !Character.isLowerCase(last.charAt(0)) || TIME_WORDS.matcher(last).matches();
  }
}
