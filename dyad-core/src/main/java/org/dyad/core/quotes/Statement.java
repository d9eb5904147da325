package org.dyad.core.quotes;

/**
 * A statement found in the parse, by token: content tokens {@code [from, to)}, the cue token (the
 * reporting verb, or the head of "according to X" / "in X's view") and the speaker token (-1 when none).
 */
record Statement(int from, int to, int cue, String cueText, int speaker) {
  Statement {
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException("empty statement [" + from + ", " + to + ")");
    }
  }
}
