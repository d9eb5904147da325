package org.dyad.eval.plv;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.dyad.eval.quotes.TextSpan;

/**
 * One PLV item: a sentence with a marked source and target and the PLOVER root of the relation
 * from source to target (the folder's README describes the file).
 *
 * @param sourceSpans where the source is marked in the sentence (a span may be marked more than once)
 * @param targetSpans where the target is marked
 */
public record PlvItem(String sentence, String root, String source, String target, List<TextSpan> sourceSpans,
    List<TextSpan> targetSpans) {
  public PlvItem {
    requireNonNull(sentence, "sentence is null");
    requireNonNull(root, "root is null");
    requireNonNull(source, "source is null");
    requireNonNull(target, "target is null");
    sourceSpans = List.copyOf(sourceSpans);
    targetSpans = List.copyOf(targetSpans);
  }
}
