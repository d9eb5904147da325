package org.dyad.eval.timex;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TimeML (.tml) document the way the flat gold was made: the content of
 * {@code <TEXT>...</TEXT>} with every tag removed and XML entities unescaped, newlines kept, so that
 * gold offsets point into it; and the document creation time from {@code <DCT>}.
 */
final class TmlParser {
  /** The text and creation date of a TimeML document; dct null when it has none. */
  record TmlText(String text, LocalDate dct) {
    TmlText {
      requireNonNull(text, "text is null");
    }
  }

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
  private static final Pattern DCT = Pattern.compile(
      "<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);

  private TmlParser() {}

  /** Parses a document; throws IllegalArgumentException when it has no TEXT element. */
  static TmlText parse(String xml) {
    int open = xml.indexOf("<TEXT>");
    int close = xml.indexOf("</TEXT>");
    if (open < 0 || close < open) {
      throw new IllegalArgumentException("no <TEXT> element");
    }
    String body = xml.substring(open + "<TEXT>".length(), close);
    String text = unescape(TAG.matcher(body).replaceAll(""));
    Matcher m = DCT.matcher(xml);
    LocalDate dct = m.find() ? LocalDate.parse(m.group(1)) : null;
    return new TmlText(text, dct);
  }

  /** Replaces the five XML entities and numeric references; unknown entities stay as written. */
  static String unescape(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String entity(String name, String whole) {
    if (name.startsWith("#x")) {
      return Character.toString(Integer.parseInt(name.substring(2), 16));
    }
    if (name.startsWith("#")) {
      return Character.toString(Integer.parseInt(name.substring(1)));
    }
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> whole;
    };
  }
}
