package org.dyad.model.nlp;

import java.util.List;
import org.dyad.model.Spans;

/**
 * A sentence: its character span, its token range {@code [firstToken, endToken)} and its parse. The
 * parse's arcs are indexed by governor and dependent when the sentence is made (see {@link Arcs}).
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, List<Dependency> dependencies) {
  public Sentence {
    Spans.check(start, end);
    if (endToken <= firstToken) {
      throw new IllegalArgumentException("empty token range");
    }
    dependencies = Arcs.of(dependencies);
  }
}
