package org.dyad.core.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
 * Events named by a noun ({@code noun-patterns.tsv}): "the attack on X by Y", "Y's invasion of X",
 * "talks between X and Y". The source is the "by" complement, the possessor or an actor modifier;
 * the modality is that of the clause the noun stands in, and a noun that something only threatens,
 * fears or asks for is hypothetical.
 */
final class NounEventCoder {
  /** Heads whose object has not happened: "threatened an attack", "called for talks". */
  private static final Set<String> UNREAL = Set.of("threaten", "fear", "plan", "prepare", "warn", "prevent", "avoid",
      "propose", "call", "demand", "seek", "urge", "consider", "want", "risk", "rule", "deny", "reject", "expect",
      "threat", "possibility", "prospect");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our");
  private final VerbDictionary nouns;
  private final Events events;

  NounEventCoder(VerbDictionary nouns, Events events) {
    this.nouns = nouns;
    this.events = events;
  }

  List<Event> code(CleanedArticle article, Annotation a, ActorFinder actors, List<DateMention> dates, List<Quote> quotes) {
    List<Event> out = new ArrayList<>();
    for (Token t : a.tokens()) {
      if (t.pos().startsWith("NN") && nouns.hasVerb(t.lemma())) {
        codeNoun(article, a, t.index(), actors, dates, quotes, out);
      }
    }
    return out;
  }

  private void codeNoun(CleanedArticle article, Annotation a, int noun, ActorFinder actors, List<DateMention> dates,
      List<Quote> quotes, List<Event> out) {
    Set<String> modifiers = new HashSet<>();
    Set<String> preps = new HashSet<>();
    for (Dependency d : a.children(noun)) {
      modifiers.add(a.tokens().get(d.dependent()).lemma());
      int c = d.relation().startsWith("nmod") ? Parses.child(a, d.dependent(), "case") : -1;
      if (c >= 0) {
        preps.add(a.tokens().get(c).lemma());
      }
    }
    Optional<VerbPattern> match = nouns.match(a.tokens().get(noun).lemma(), modifiers, preps);
    if (match.isEmpty() || match.get().prep() == null) {
      return;
    }
    String code = match.get().code();
    int target = Roles.oblique(a, noun, match.get().prep());
    List<ActorRef> targets = actors.actors(target);
    List<ActorRef> sources = match.get().prep().equals("between") ? targets : actors.actors(source(a, noun, target));
    if (sources.isEmpty()) {
      sources = actors.actors(ownerSubject(a, noun));
    }
    if (sources.isEmpty() || targets.isEmpty() || sources == targets && sources.size() < 2) {
      return;
    }
    VerbDater.Dated date = VerbDater.date(article, a, noun, dates);
    int from = out.size();
    events.addEach(sources, targets, code, date, modality(a, noun, quotes), Events.subtreeSpan(a, noun), out);
    Events.tag(out, from, match.get().entry());
  }

  /**
   * The subject of the verb whose object the noun is, when the noun's possessor is a pronoun that
   * stands for it ("X intensified its shelling of Y": X); -1 otherwise.
   */
  static int ownerSubject(Annotation a, int noun) {
    int owner = Parses.child(a, noun, "nmod:poss");
    Dependency up = a.head(noun);
    if (owner < 0 || !POSSESSIVE_PRONOUNS.contains(a.tokens().get(owner).lemma().toLowerCase(java.util.Locale.ROOT))
        || up == null || up.governor() < 0 || !up.relation().equals("obj")) {
      return -1;
    }
    return Parses.child(a, up.governor(), "nsubj");
  }

  /** The "by" complement, else the possessor, else a modifier other than the target. */
  static int source(Annotation a, int noun, int target) {
    for (Dependency d : a.children(noun)) {
      if (d.relation().startsWith("nmod") && d.dependent() != target && Parses.child(a, d.dependent(), "case") >= 0
          && a.tokens().get(Parses.child(a, d.dependent(), "case")).lemma().equals("by")) {
        return d.dependent();
      }
    }
    int owner = Parses.child(a, noun, "nmod:poss");
    if (owner >= 0) {
      return owner;
    }
    for (Dependency d : a.children(noun)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound")) && d.dependent() != target) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The modality of the clause the noun stands in; unreal under a head like "threaten" or "fear". */
  private static Modality modality(Annotation a, int noun, List<Quote> quotes) {
    int node = noun;
    for (int hops = 0; hops < 4; hops++) {
      Dependency up = a.head(node);
      if (up == null || up.governor() < 0) {
        break;
      }
      node = up.governor();
      if (UNREAL.contains(a.tokens().get(node).lemma())) {
        return Modality.HYPOTHETICAL;
      }
      if (Parses.isVerb(a.tokens().get(node))) {
        return Modalities.of(a, node, quotes);
      }
    }
    return Modalities.of(a, noun, quotes);
  }
}
