package org.dyad.core.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs. Blocks are separated by blank lines; inside a block each line
 * is its own paragraph unless the block looks hard-wrapped (long lines that do not end a sentence),
 * in which case its lines are joined.
 */
public final class Paragraphs {
  private static final int WRAPPED_LINE = 40;

  private Paragraphs() {}

  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String block : Whitespace.newlines(text).split("\\n\\s*\\n")) {
      List<String> lines = new ArrayList<>();
      for (String line : block.split("\\n")) {
        String l = Whitespace.line(line);
        if (!l.isEmpty()) {
          lines.add(l);
        }
      }
      if (isWrapped(lines)) {
        out.add(String.join(" ", lines));
      } else {
        out.addAll(lines);
      }
    }
    return out;
  }

  private static boolean isWrapped(List<String> lines) {
    if (lines.size() < 2) {
      return false;
    }
    for (int i = 0; i < lines.size() - 1; i++) {
      String l = lines.get(i);
      if (l.length() < WRAPPED_LINE || Furniture.endsSentence(l)) {
        return false;
      }
    }
    return true;
  }
}
