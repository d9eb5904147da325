package org.dyad.core.events.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.events.VerbLexicon;
import org.dyad.core.events.VerbPattern;
import org.dyad.core.nlp.Parses;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * A user's PETRARCH/TABARI verb dictionary as the event coder's lexicon. For a verb in the text, the
 * longest of its dictionary verbs that stands there ("broke down" before "broke"), then the pattern
 * of its block with the most words that matches, else the verb's own code. The pattern's markers give
 * the roles: {@code + * FROM $} makes the subject the target and the "from" complement the source;
 * {@code * WITH +} makes the "with" complement the target. Dyad's parse finds the actors themselves.
 */
public final class PetrarchVerbs implements VerbLexicon {
  private final Map<String, List<PetrarchVerb>> byHead = new HashMap<>();
  private final int size;

  PetrarchVerbs(List<PetrarchVerb> verbs) {
    for (PetrarchVerb v : verbs) {
      byHead.computeIfAbsent(v.headWord(), k -> new ArrayList<>()).add(v);
    }
    this.size = verbs.size();
  }

  /** The number of verb forms read. */
  public int size() {
    return size;
  }

  /** Any complement after the verb: TABARI's target is the first actor after the verb. */
  @Override
  public List<String> targetPrepositions() {
    return List.of();
  }

  @Override
  public boolean hasVerb(Annotation a, int verb) {
    Token t = a.tokens().get(verb);
    return byHead.containsKey(t.lemma().toLowerCase(Locale.ROOT)) || byHead.containsKey(t.word().toLowerCase(Locale.ROOT));
  }

  @Override
  public List<VerbPattern> match(Annotation a, int verb, Set<String> objects, Set<String> preps) {
    Token t = a.tokens().get(verb);
    Sentence s = a.sentenceAt(t.start());
    PatternMatcher matcher = new PatternMatcher(a, s.firstToken(), s.endToken());
    PetrarchVerb best = null;
    int[] span = null;
    for (PetrarchVerb v : candidates(t)) {
      int[] at = matcher.verbSpan(v, verb);
      boolean longer = best == null || v.words().size() > best.words().size();
      boolean sameButWordForm = best != null && v.words().size() == best.words().size()
          && v.headWord().equals(t.word().toLowerCase(Locale.ROOT)) && !best.headWord().equals(t.word().toLowerCase(Locale.ROOT));
      if (at != null && (longer || sameButWordForm)) {
        best = v;
        span = at;
      }
    }
    return best == null ? List.of() : code(a, verb, best, matcher, span);
  }

  private List<PetrarchVerb> candidates(Token t) {
    List<PetrarchVerb> out = new ArrayList<>(byHead.getOrDefault(t.lemma().toLowerCase(Locale.ROOT), List.of()));
    String word = t.word().toLowerCase(Locale.ROOT);
    if (!word.equals(t.lemma().toLowerCase(Locale.ROOT))) {
      out.addAll(byHead.getOrDefault(word, List.of()));
    }
    return out;
  }

  /** The events of the best pattern (or of the verb's own code) as Dyad verb patterns. */
  private static List<VerbPattern> code(Annotation a, int verb, PetrarchVerb v, PatternMatcher matcher, int[] span) {
    PetrarchPattern best = null;
    int most = 0;
    int subject = Parses.child(a, verb, "nsubj", "nsubj:pass");
    boolean compound = subject >= 0 && Parses.child(a, subject, "conj") >= 0;
    for (PetrarchPattern p : v.patterns()) {
      int score = matcher.score(p, span);
      if (score > most || score == 0 && best == null && compound && p.mutual()) {
        best = p;
        most = score;
      }
    }
    String lemma = a.tokens().get(verb).lemma();
    if (best == null && v.code() == null || best != null && best.code() == null) {
      return List.of();
    }
    if (best == null) {
      best = new PetrarchPattern(List.of(), List.of(), false, v.code(), v.reverseCode());
    }
    boolean passive = Parses.child(a, verb, "nsubj:pass") >= 0;
    boolean reversed = !passive && (best.targetBefore() || best.hasSourceAfter());
    List<VerbPattern> out = new ArrayList<>();
    out.add(new VerbPattern(lemma, null, best.prep(), best.code(), reversed, best.mutual()));
    if (best.reverseCode() != null) {
      out.add(new VerbPattern(lemma, null, best.prep(), best.reverseCode(), !reversed, best.mutual()));
    }
    return out;
  }
}
