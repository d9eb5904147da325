package org.dyad.core.nlp;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import org.dyad.core.events.VerbDictionary;
import org.dyad.core.events.VerbLexicon;
import org.dyad.core.quotes.CueVerbs;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * Parses a sentence only when it can hold an event or a statement: a verb of the event lexicon, an
 * event noun of the noun patterns, a verb that cues a statement (or "according to", "in X's view"), or a quotation mark (a quote's
 * speaker may sit in the next sentence, and quote detection reads the parse of both). A sentence with
 * none of them gives no event and no quote however it is parsed; its entities are still found from
 * NER and the dictionaries.
 */
public final class LexiconParseSelector implements ParseSelector {
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "''", "“", "”", "«", "»", "‘", "’", "`", "'", "„");
  private final VerbLexicon verbs;
  private final VerbDictionary nouns;

  /** @param verbs the event coder's verb lexicon (Dyad's own or a user's PETRARCH verbs) */
  public LexiconParseSelector(VerbLexicon verbs, VerbDictionary nouns) {
    this.verbs = requireNonNull(verbs, "verbs is null");
    this.nouns = requireNonNull(nouns, "nouns is null");
  }

  /** Dyad's own verb and noun lexicons. */
  public static LexiconParseSelector standard() {
    return new LexiconParseSelector(VerbDictionary.standard(), VerbDictionary.nouns());
  }

  @Override
  public boolean needsParse(List<Token> sentence) {
    Annotation one = null;
    for (int i = 0; i < sentence.size(); i++) {
      Token t = sentence.get(i);
      if (QUOTE_MARKS.contains(t.word()) || CueVerbs.cuesOutsideAVerb(t.word(), t.lemma())
          || t.pos().startsWith("NN") && nouns.hasVerb(t.lemma())) {
        return true;
      }
      if (Parses.isVerb(t)) {
        if (CueVerbs.cuesAny(t.lemma())) {
          return true;
        }
        one = one == null ? unparsed(sentence) : one;
        if (verbs.hasVerb(one, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The sentence alone, re-indexed from 0, for lexicons that look a token up in an annotation. */
  private static Annotation unparsed(List<Token> sentence) {
    List<Token> tokens = new java.util.ArrayList<>(sentence.size());
    for (Token t : sentence) {
      tokens.add(new Token(tokens.size(), 0, t.start(), t.end(), t.word(), t.lemma(), t.pos(), t.ner()));
    }
    Sentence s = new Sentence(0, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), 0, tokens.size(), List.of());
    return new Annotation(tokens, List.of(s), List.of(), List.of());
  }
}
