package org.dyad.eval.quotes;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One attribution as the scorer sees it, gold or predicted: the content (one span, or several for a
 * quote split by its cue or run over paragraphs) and the source.
 *
 * @param content the content spans, at least one
 * @param source the source spans; empty when there is no source (gold "Attribution-no-source", or a
 *     prediction with {@code speaker: null})
 * @param sourceText the source as written (gold) or the resolved name (prediction); "" without source
 * @param direct direct-quote-like: the content starts or ends with a quotation mark
 */
public record Attribution(List<TextSpan> content, List<TextSpan> source, String sourceText, boolean direct) {
  public Attribution {
    content = List.copyOf(content);
    source = List.copyOf(source);
    requireNonNull(sourceText, "sourceText is null");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("an attribution needs content");
    }
  }

  public boolean hasSource() {
    return !source.isEmpty();
  }
}
