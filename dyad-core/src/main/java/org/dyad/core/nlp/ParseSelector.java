package org.dyad.core.nlp;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * Which sentences the annotator parses. The dependency parse is the annotator's second cost after
 * NER and only the stages that code events and statements (and what they date and place) need it;
 * a sentence without a parse has no arcs, which every stage takes as "nothing attached here".
 */
@FunctionalInterface
public interface ParseSelector {
  /** Every sentence is parsed. */
  ParseSelector ALL = sentence -> true;

  /**
   * @param sentence the sentence's tokens with POS, lemma and NER, before any parse
   * @return true when the sentence may hold something a stage reads from the parse
   */
  boolean needsParse(List<Token> sentence);

  /**
   * A fully parsed annotation as the selective parser would have left it: the sentences this
   * selector does not pick lose their arcs. The evaluations keep full parses in their cache (which
   * sentences are picked changes with Dyad's lexicons) and score what a user of the selective parse
   * gets through this.
   */
  default Annotation keepSelected(Annotation a) {
    List<Sentence> kept = new ArrayList<>(a.sentences().size());
    boolean changed = false;
    for (Sentence s : a.sentences()) {
      if (s.dependencies().isEmpty() || needsParse(a.tokensOf(s))) {
        kept.add(s);
      } else {
        kept.add(new Sentence(s.index(), s.start(), s.end(), s.firstToken(), s.endToken(), List.of()));
        changed = true;
      }
    }
    return changed ? a.withSentences(kept) : a;
  }
}
