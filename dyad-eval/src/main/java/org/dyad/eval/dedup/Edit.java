package org.dyad.eval.dedup;

/** How a copy in the evaluation set differs from its original. */
public enum Edit {
  /** The original itself, as it was read. */
  ORIGINAL("the page as read"),
  /** Other page furniture: navigation lines above, share and related-story lines below. */
  FURNITURE("other navigation, share and related-story lines"),
  /** Two neighbouring paragraphs after the lead swapped. */
  REORDER("two neighbouring paragraphs swapped"),
  /** One sentence after the lead left out. */
  DROP_SENTENCE("one sentence left out"),
  /** Another headline. */
  HEADLINE("another headline"),
  /** Spacing changed: doubled spaces, tabs, CRLF line ends, blank lines, no-break spaces. */
  WHITESPACE("doubled spaces, tabs, CRLF, blank lines"),
  /** All of the above at once. */
  ALL("all five edits at once");

  private final String description;

  Edit(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
