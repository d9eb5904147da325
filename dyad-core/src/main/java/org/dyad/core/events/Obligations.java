package org.dyad.core.events;

import java.util.List;
import java.util.Set;
import org.dyad.core.dating.VerbDater;
import org.dyad.core.nlp.Parses;
import org.dyad.model.ActorRef;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Token;

/**
 * Demands and appeals made by saying what another must or should do, as CAMEO codes them: "Peru said
 * Chile must withdraw its troops" is Peru's demand of Chile (10x by what is asked: a withdrawal 1056
 * through {@link IntentCodes#demandFor}), "... Chile should resume talks" an appeal (02x, 026). The
 * clause is the complement of a word of the report construction ({@code constructions.tsv}, effect
 * report) and its verb has a modal of obligation; its subject, an actor other than the speaker, is
 * the one asked. An act nobody codes still makes the plain demand (100) or appeal (020). The act
 * itself is only asked for: {@link Modalities} makes it hypothetical. Speakers who say what they must
 * do themselves ("Iran said it must defend itself") make no demand.
 */
final class Obligations {
  /** Modals of a demand. */
  private static final Set<String> DEMAND = Set.of("must");
  /** Modals of an appeal. */
  private static final Set<String> APPEAL = Set.of("should", "ought");

  private final VerbMatcher matcher;
  private final Events events;

  Obligations(VerbMatcher matcher, Events events) {
    this.matcher = matcher;
    this.events = events;
  }

  /** 'D' for a demand, 'A' for an appeal, or 0 when the verb is no obligation someone reports. */
  static char kind(Annotation a, int verb) {
    if (cue(a, verb) < 0) {
      return 0;
    }
    for (Dependency d : a.children(verb)) {
      String modal = a.tokens().get(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
      if (d.relation().equals("aux") && DEMAND.contains(modal)) {
        return 'D';
      }
      if (d.relation().equals("aux") && APPEAL.contains(modal)) {
        return 'A';
      }
    }
    return 0;
  }

  /** The word of saying whose clausal complement the verb is, or -1. */
  private static int cue(Annotation a, int verb) {
    Dependency up = a.head(verb);
    if (up == null || up.governor() < 0 || !up.relation().equals("ccomp")) {
      return -1;
    }
    String lemma = a.tokens().get(up.governor()).lemma();
    return Constructions.standard().has(lemma, Constructions.Link.CCOMP, Constructions.Effect.REPORT) ? up.governor() : -1;
  }

  /** The demands and appeals of the article's reported obligations, added to {@code out}. */
  void code(CleanedArticle article, Annotation a, ActorFinder actors, List<DateMention> dates, List<Quote> quotes,
      List<Event> out) {
    for (Token t : a.tokens()) {
      char kind = Parses.isVerb(t) || t.pos().startsWith("JJ") || t.pos().startsWith("NN") ? kind(a, t.index()) : 0;
      if (kind == 0) {
        continue;
      }
      int verb = t.index();
      int cue = cue(a, verb);
      int askedNode = Parses.child(a, verb, "nsubj", "nsubj:pass");
      List<ActorRef> asked = actors.actors(askedNode);
      List<ActorRef> speakers = speakers(a, cue, actors, quotes);
      if (asked.isEmpty() || speakers.isEmpty() || asked.stream().anyMatch(x -> speakers.stream().anyMatch(x::sameAs))) {
        continue;
      }
      List<VerbPattern> act = Parses.isVerb(t) ? matcher.act(a, verb) : List.of();
      String code = act.isEmpty() ? (kind == 'D' ? "100" : "020")
          : kind == 'D' ? IntentCodes.demandFor(act.get(0).code()) : IntentCodes.appealFor(act.get(0).code());
      VerbDater.Dated date = ConjunctLifter.date(article, a, cue, dates);
      int subject = Parses.child(a, cue, "nsubj");
      int from = subject < 0 ? Math.min(cue, askedNode) : Math.min(Parses.nameSpan(a, subject)[0], Math.min(cue, askedNode));
      int[] span = {a.tokens().get(from).start(), a.tokens().get(Math.max(verb, cue)).end()};
      events.addEach(speakers, asked, code, date, Modalities.of(a, cue, quotes), span, out);
    }
  }

  /** Who says it: the cue's subject, else the resolved speaker of a statement the cue makes. */
  private static List<ActorRef> speakers(Annotation a, int cue, ActorFinder actors, List<Quote> quotes) {
    List<ActorRef> subject = actors.actors(Parses.child(a, cue, "nsubj"));
    if (!subject.isEmpty()) {
      return subject;
    }
    Token c = a.tokens().get(cue);
    for (Quote q : quotes) {
      if (a.sentenceAt(q.start()) == a.sentenceAt(c.start()) && c.word().equalsIgnoreCase(q.cue())
          && q.speaker() != null && q.speaker().actor() != null) {
        return List.of(new ActorRef(q.speaker().name(), q.speaker().actor()));
      }
    }
    return List.of();
  }
}
