package org.dyad.model.nlp;

import java.util.List;

/** Everything the NLP annotator says about one cleaned text. Offsets point into that text. */
public record Annotation(List<Token> tokens, List<Sentence> sentences, List<NerMention> mentions, List<Timex> timexes) {
  public static final Annotation EMPTY = new Annotation(List.of(), List.of(), List.of(), List.of());

  public Annotation {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    timexes = List.copyOf(timexes);
  }

  /** Tokens of one sentence. */
  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  /** The sentence holding a character offset, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.start() && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  /** Dependents of a token in its sentence, in token order; looked up in the sentence's index of its arcs. */
  public List<Dependency> children(int token) {
    return arcsOf(token).children(token);
  }

  /** The arc that governs a token, or null for an unparsed token (a root's arc, when the parse has one, has governor -1). */
  public Dependency head(int token) {
    return arcsOf(token).head(token);
  }

  private Arcs arcsOf(int token) {
    return Arcs.of(sentences.get(tokens.get(token).sentence()).dependencies());
  }
}
