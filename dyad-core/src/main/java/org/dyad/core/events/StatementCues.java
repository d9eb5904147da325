package org.dyad.core.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.Parses;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * Which attributed statements were actually made, judged by their cue verb. The quote stage also
 * attributes what someone aims at ("plans to build a bridge", "seeks to pressure X") and what
 * someone is asked to do ("called on X to stop urging Y to leave"); neither is a verbal act of its
 * own (CAMEO 01x needs something said), so neither is a statement event: the aim is an intention
 * the coder codes from its act, and the asked act belongs to the appeal.
 */
final class StatementCues {
  /** How far up the cue's controlling verbs are searched for a request or intention. */
  private static final int MAX_HOPS = 3;

  private StatementCues() {}

  /** The statements whose cue is a verbal act that took place (all when the cue is not found). */
  static List<Quote> made(Annotation a, List<Quote> quotes) {
    return quotes.stream().filter(q -> isMade(a, q)).toList();
  }

  static boolean isMade(Annotation a, Quote q) {
    int cue = cueToken(a, q);
    if (cue < 0) {
      return true;
    }
    boolean aim = isAim(a.tokens().get(cue).lemma()) && Parses.child(a, cue, "xcomp") >= 0;
    return !aim && !isAsked(a, cue);
  }

  /** A verb whose to-infinitive is its subject's aim, not something said: a construction of effect intent. */
  private static boolean isAim(String lemma) {
    return Constructions.standard().has(lemma, Constructions.Link.XCOMP, Constructions.Effect.INTENT);
  }

  /**
   * True when the cue verb is the act that someone is asked or means to do ("urged X to say",
   * "called on X to stop encouraging Y", "is ready to announce"): the cue or a verb above it through
   * infinitive complements is a requested or intended act.
   */
  private static boolean isAsked(Annotation a, int cue) {
    int node = cue;
    for (int hop = 0; hop < MAX_HOPS && node >= 0; hop++) {
      if (Modalities.isRequested(a, node) || Modalities.intentHead(a, node) >= 0) {
        return true;
      }
      Dependency up = a.head(node);
      node = up != null && up.relation().equals("xcomp") ? up.governor() : -1;
    }
    return false;
  }

  /**
   * The cue's token: a verb of the quote's sentence (or the speaker's) spelt as the cue's first
   * word, the nearest to the quote; -1 when none (a cue that is no verb: "according to").
   */
  static int cueToken(Annotation a, Quote q) {
    if (q.cue() == null || q.cue().isBlank()) {
      return -1;
    }
    String word = q.cue().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (Sentence s : a.sentences()) {
      if (s.end() < q.start() - 1 && (q.speaker() == null || s.end() < q.speaker().start())) {
        continue;
      }
      if (s.start() > q.end() + 1 && (q.speaker() == null || s.start() > q.speaker().end())) {
        continue;
      }
      for (Token t : a.tokensOf(s)) {
        int distance = t.end() <= q.start() ? q.start() - t.end() : Math.max(0, t.start() - q.end());
        if (Parses.isVerb(t) && t.word().toLowerCase(Locale.ROOT).equals(word) && distance < bestDistance) {
          best = t.index();
          bestDistance = distance;
        }
      }
    }
    return best;
  }
}
