package org.dyad.core.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * An agreement or pledge to do for someone an act the lexicon does not code ("agreed to share
 * information with X", "pledged to stand by X") is an intent to cooperate with them, not specified
 * (CAMEO 030), as the codebook's rule for 03 has it. Only words that commit their doer to something
 * for another count (agree, promise, pledge, offer, vow, commit, and being ready, willing or
 * prepared); aims and wishes ("plans to", "hopes to") say nothing of cooperation. The other one is the
 * first actor the act names: its object, indirect object, or a complement under to, with or for; else
 * the one the word is agreed or pledged with ("agreed with X to ..."); else, when two or more commit
 * together ("X and Y agreed to ..."), each of them with the others.
 * A coded act is left to the event coder, which gives it its own intent code (03x); the word's own
 * 030 without anyone to cooperate with ("pledged to ...") gives way to this one.
 */
final class OpenIntentions {
  private static final Set<String> COMMITTING = Set.of("agree", "promise", "pledge", "offer", "vow", "commit", "ready",
      "willing", "prepared");
  private static final List<String> PREPOSITIONS = List.of("to", "with", "for");

  private final VerbMatcher matcher;
  private final Events events;

  OpenIntentions(VerbMatcher matcher, Events events) {
    this.matcher = matcher;
    this.events = events;
  }

  void code(CleanedArticle article, Annotation a, ActorFinder actors, List<DateMention> dates, List<Quote> quotes,
      List<Event> out) {
    for (Token t : a.tokens()) {
      if (!COMMITTING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Dependency d : a.children(t.index())) {
        int act = d.dependent();
        if (!d.relation().equals("xcomp") || !Parses.isVerb(a.tokens().get(act)) || !matcher.act(a, act).isEmpty()
            || Parses.isNegated(a, t.index()) || Parses.isNegated(a, act)) {
          continue;
        }
        List<ActorRef> sources = actors.actors(Parses.child(a, t.index(), "nsubj", "nsubj:pass"));
        List<ActorRef> targets = other(a, act, actors);
        if (targets.isEmpty()) {
          targets = actors.actors(Roles.oblique(a, t.index(), "with")); // "agreed with X to build ..."
        }
        if (targets.isEmpty() && sources.size() > 1) {
          targets = sources; // "X and Y agreed to build ...": each with the other
        }
        if (sources.isEmpty() || targets.isEmpty()) {
          continue;
        }
        int[] span = {Math.min(a.tokens().get(Parses.nameSpan(a, Parses.child(a, t.index(), "nsubj", "nsubj:pass"))[0]).start(),
            t.start()), a.tokens().get(act).end()};
        Modality modality = Modalities.of(a, act, quotes);
        // the word's own 030 without anyone to cooperate with ("pledged to ...") gives way to this one
        out.removeIf(e -> e.code().equals("030") && e.target() == null && e.start() < span[1] && span[0] < e.end()
            && sources.stream().anyMatch(x -> x.sameAs(e.source())));
        events.addEach(sources, targets, "030", ConjunctLifter.date(article, a, t.index(), dates),
            modality == Modality.HYPOTHETICAL ? modality : Modality.INTENDED, span, out);
      }
    }
  }

  /** The first actor the act names: object, indirect object, or complement under to, with or for. */
  private static List<ActorRef> other(Annotation a, int act, ActorFinder actors) {
    for (String rel : new String[] {"obj", "iobj"}) {
      List<ActorRef> found = actors.actors(Parses.child(a, act, rel));
      if (!found.isEmpty()) {
        return found;
      }
    }
    return actors.actors(Roles.firstOblique(a, act, Parses.child(a, act, "obj"), PREPOSITIONS));
  }
}
