package org.dyad.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/**
 * Transcripts and headlines: a paragraph that opens with a capitalised name and a colon ("SMITH: We will
 * ...", "Smith: Talks Have Failed"), perhaps inside an opening quotation mark, is that speaker's
 * statement, up to the end of the paragraph. A place before the colon is a dateline ("NEW DELHI: ..."), not a speaker.
 */
final class TranscriptLines {
  private static final Pattern LINE = Pattern.compile(
      "(?m)^[ \\t]*[\"\u201C]?((?:\\p{Lu}[\\p{L}.'\\-]*[ \\t]?){1,4}):[ \\t]+(\\S[^\\n]*)$");

  /** Named-entity tags of places: "NEW DELHI: ..." opens a dispatch, not a transcript. */
  private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  private TranscriptLines() {}

  static List<Statement> find(Annotation a, String text) {
    List<Statement> out = new ArrayList<>();
    Matcher m = LINE.matcher(text);
    while (m.find()) {
      int speaker = tokenAt(a, m.start(1));
      int from = tokenAt(a, m.start(2));
      int to = tokenEndingBy(a, m.end(2));
      if (speaker >= 0 && from > speaker && to > from && a.tokens().get(speaker).pos().startsWith("NNP")
          && !PLACES.contains(a.tokens().get(speaker).ner())) {
        out.add(new Statement(from, to, speaker, ":", speaker));
      }
    }
    return out;
  }

  private static int tokenAt(Annotation a, int offset) {
    for (Token t : a.tokens()) {
      if (t.start() >= offset) {
        return t.start() == offset ? t.index() : -1;
      }
    }
    return -1;
  }

  /** One past the last token ending at or before {@code offset}. */
  private static int tokenEndingBy(Annotation a, int offset) {
    int end = -1;
    for (Token t : a.tokens()) {
      if (t.end() > offset) {
        break;
      }
      end = t.index() + 1;
    }
    return end;
  }
}
