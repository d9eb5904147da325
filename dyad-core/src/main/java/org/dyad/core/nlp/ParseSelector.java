package org.dyad.core.nlp;

import java.util.List;
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
}
