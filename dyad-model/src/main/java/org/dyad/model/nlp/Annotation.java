package org.dyad.model.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the NLP annotator says about one cleaned text. Offsets point into that text.
 *
 * @param nameGenders the capitalised words of the text that the annotator's name list knows as first
 *     names, in lower case, with their gender ('F' or 'M'); empty when the annotator has no such list
 */
public record Annotation(List<Token> tokens, List<Sentence> sentences, List<NerMention> mentions, List<Timex> timexes,
    Map<String, Character> nameGenders) {
  public static final Annotation EMPTY = new Annotation(List.of(), List.of(), List.of(), List.of());

  /** An annotation without first-name genders. */
  public Annotation(List<Token> tokens, List<Sentence> sentences, List<NerMention> mentions, List<Timex> timexes) {
    this(tokens, sentences, mentions, timexes, Map.of());
  }

  public Annotation {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    timexes = List.copyOf(timexes);
    nameGenders = nameGenders == null ? Map.of() : Map.copyOf(nameGenders);
  }

  /** This annotation with other sentences (a repaired parse); everything else kept. */
  public Annotation withSentences(List<Sentence> other) {
    return new Annotation(tokens, other, mentions, timexes, nameGenders);
  }

  /** 'F', 'M' or '?' for a first name, as the annotator's name list gives it for this text. */
  public char genderOfName(String firstName) {
    return nameGenders.getOrDefault(firstName.toLowerCase(Locale.ROOT), '?');
  }

  /** Tokens of one sentence. */
  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  /** The sentence holding a character offset, or null (a binary search: sentences are in text order). */
  public Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
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
