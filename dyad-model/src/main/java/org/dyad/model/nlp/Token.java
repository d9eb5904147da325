package org.dyad.model.nlp;

import static java.util.Objects.requireNonNull;

import org.dyad.model.Spans;

/**
 * A token of the cleaned text.
 *
 * @param index position in the document's token list
 * @param sentence index of the sentence holding it
 * @param word the token as written
 * @param lemma its lemma, lower case
 * @param pos Penn Treebank tag
 * @param ner coarse NER tag, or "O"
 */
public record Token(int index, int sentence, int start, int end, String word, String lemma, String pos, String ner) {
  public Token {
    Spans.check(start, end);
    requireNonNull(word, "word is null");
    requireNonNull(lemma, "lemma is null");
    requireNonNull(pos, "pos is null");
    requireNonNull(ner, "ner is null");
  }
}
