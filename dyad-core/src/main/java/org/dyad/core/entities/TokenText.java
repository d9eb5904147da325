package org.dyad.core.entities;

import java.util.List;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/** Read access to an annotated text by token index: words, keys of token spans, sentence bounds. */
final class TokenText {
  private final String text;
  private final Annotation annotation;
  private final List<Token> tokens;
  private final String[] lower;

  TokenText(String text, Annotation annotation) {
    this.text = text;
    this.annotation = annotation;
    this.tokens = annotation.tokens();
    this.lower = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.end() > text.length()) {
        throw new IllegalArgumentException("token " + i + " ends at " + t.end() + ", past the text");
      }
      lower[i] = PhraseKey.of(t.word());
    }
  }

  int size() {
    return tokens.size();
  }

  String fullText() {
    return text;
  }

  Annotation annotation() {
    return annotation;
  }

  String word(int i) {
    return tokens.get(i).word();
  }

  String lower(int i) {
    return lower[i];
  }

  int start(int i) {
    return tokens.get(i).start();
  }

  int end(int i) {
    return tokens.get(i).end();
  }

  /** The part-of-speech tag of token {@code i} (Penn Treebank). */
  String pos(int i) {
    return tokens.get(i).pos();
  }

  String ner(int i) {
    return tokens.get(i).ner();
  }

  boolean isCapitalised(int i) {
    return PhraseKey.isCapitalised(word(i));
  }

  /** True when the token is a single punctuation mark or symbol. */
  boolean isPunctuation(int i) {
    String w = word(i);
    return w.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /** The text of tokens {@code [first, end)} as written. */
  String text(int first, int end) {
    return text.substring(start(first), end(end - 1));
  }

  /** The lookup key of tokens {@code [first, end)}. */
  String key(int first, int end) {
    return end - first == 1 ? lower[first] : PhraseKey.of(text(first, end));
  }

  /** True when nothing separates token {@code i} from token {@code i + 1}. */
  boolean glued(int i) {
    return i + 1 < tokens.size() && end(i) == start(i + 1);
  }

  /** First token of the sentence holding token {@code i}. */
  int sentenceStart(int i) {
    Sentence s = sentence(i);
    return s == null ? 0 : Math.max(0, s.firstToken());
  }

  /** End token (exclusive) of the sentence holding token {@code i}. */
  int sentenceEnd(int i) {
    Sentence s = sentence(i);
    return s == null ? tokens.size() : Math.min(tokens.size(), s.endToken());
  }

  /** The dependencies of the sentence holding token {@code i}; empty when it was not parsed. */
  List<Dependency> dependencies(int i) {
    Sentence s = sentence(i);
    return s == null ? List.of() : s.dependencies();
  }

  private Sentence sentence(int i) {
    int s = tokens.get(i).sentence();
    List<Sentence> sentences = annotation.sentences();
    if (s < 0 || s >= sentences.size()) {
      return null;
    }
    Sentence sentence = sentences.get(s);
    return i >= sentence.firstToken() && i < sentence.endToken() ? sentence : null;
  }
}
