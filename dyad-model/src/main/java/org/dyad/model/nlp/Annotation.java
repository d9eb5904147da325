package org.dyad.model.nlp;

import java.util.ArrayList;
import java.util.Collections;
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

  /** Dependents of a token in its sentence, in token order. */
  public List<Dependency> children(int token) {
    Sentence s = sentences.get(tokens.get(token).sentence());
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      if (d.governor() == token) {
        out.add(d);
      }
    }
    out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return Collections.unmodifiableList(out);
  }

  /** The arc that governs a token, or null for a root or an unparsed token. */
  public Dependency head(int token) {
    Sentence s = sentences.get(tokens.get(token).sentence());
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == token) {
        return d;
      }
    }
    return null;
  }
}
