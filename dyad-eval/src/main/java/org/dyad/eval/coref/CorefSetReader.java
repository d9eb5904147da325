package org.dyad.eval.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a coreference set in Dyad's bracketed format (described in the header of coref-dev.txt):
 * articles start with "## id", mentions are written {@code [words]{chain}}.
 */
public final class CorefSetReader {
  /** Dyad's own development set, shipped with the jar. */
  public static final String DEV = "coref-dev.txt";
  private static final Pattern MENTION = Pattern.compile("\\[([^\\[\\]{}]+)\\]\\{([\\w-]+)\\}");

  private CorefSetReader() {}

  /** The development set shipped next to this class. */
  public static List<CorefDocument> dev() {
    try (InputStream in = CorefSetReader.class.getResourceAsStream(DEV)) {
      if (in == null) {
        throw new IllegalStateException(DEV + " is not on the class path");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<CorefDocument> read(Reader reader) throws IOException {
    List<CorefDocument> docs = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    String id = null;
    StringBuilder body = new StringBuilder();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.startsWith("## ")) {
        if (id != null) {
          docs.add(document(id, body.toString()));
        }
        id = line.substring(3).strip();
        body.setLength(0);
      } else if (id != null) {
        body.append(line).append('\n');
      }
    }
    if (id != null) {
      docs.add(document(id, body.toString()));
    }
    return docs;
  }

  /** The article with its markup taken out and the mentions at their offsets in the plain text. */
  static CorefDocument document(String id, String marked) {
    StringBuilder text = new StringBuilder();
    List<GoldMention> mentions = new ArrayList<>();
    Matcher m = MENTION.matcher(marked.strip());
    String source = marked.strip();
    int last = 0;
    while (m.find()) {
      text.append(source, last, m.start());
      int start = text.length();
      text.append(m.group(1));
      mentions.add(new GoldMention(start, text.length(), m.group(2)));
      last = m.end();
    }
    text.append(source.substring(last));
    String plain = text.toString();
    if (plain.indexOf('[') >= 0 || plain.indexOf(']') >= 0) {
      throw new IllegalArgumentException(id + ": unbalanced mention brackets");
    }
    return new CorefDocument(id, plain, mentions);
  }
}
