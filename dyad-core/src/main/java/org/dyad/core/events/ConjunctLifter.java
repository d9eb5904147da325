package org.dyad.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.dating.VerbDater;
import org.dyad.core.nlp.Parses;
import org.dyad.core.quotes.CueVerbs;
import org.dyad.model.ActorRef;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * Repairs one attachment error of the parser before events are coded. In "X said that Y should
 * choose a government, and accused Z of ...", CoreNLP makes "accused" a conjunct of "choose" inside
 * the reported clause, so that it would borrow Y as its subject; the reporter X is the one who accuses.
 * A conjunct of a reported clause's head is lifted to a conjunct of the reporting verb when it has no
 * subject of its own, is joined after a comma, and either is itself a speech act (a cue verb of the
 * quote stage, {@link CueVerbs}: say, ask, accuse, urge, warn, condemn ...; or a {@link #STANCE_ACTS stance
 * act}: blame, thank ...) or cannot share the head's verb form (a simple past joined to a modal, an
 * infinitive or a present: "said Y would leave, and asked"). A true inner conjunct keeps the inner
 * subject: "said Y would withdraw its troops and open talks" (no comma, same form), "said Y withdrew
 * its troops, and expelled diplomats" (same form, no speech act).
 */
final class ConjunctLifter {
  /**
   * Speech acts toward someone that cue no statement in the quote stage ({@link CueVerbs}), so are
   * named here: "..., and blamed X", "thanked X", "appealed to X", "requested aid".
   */
  static final Set<String> STANCE_ACTS = Set.of("blame", "thank", "appeal", "request");
  private static final Set<String> NON_PAST = Set.of("VB", "VBZ", "VBP", "VBG");

  private ConjunctLifter() {}

  /** The annotation with such conjuncts lifted, or the same annotation when there is none. */
  static Annotation lift(Annotation a) {
    List<Sentence> sentences = new ArrayList<>();
    boolean changed = false;
    for (Sentence s : a.sentences()) {
      List<Dependency> arcs = new ArrayList<>(s.dependencies().size());
      for (Dependency d : s.dependencies()) {
        int reporter = d.relation().equals("conj") ? reporterOf(a, d.governor(), d.dependent()) : -1;
        arcs.add(reporter >= 0 ? new Dependency(reporter, d.dependent(), "conj") : d);
        changed |= reporter >= 0;
      }
      sentences.add(new Sentence(s.index(), s.start(), s.end(), s.firstToken(), s.endToken(), arcs));
    }
    return changed ? a.withSentences(sentences) : a;
  }

  /**
   * The speaker of the statement whose cue the verb is coordinated with ("X said that ..., and
   * accused Y"), as the quote stage resolved it (through a dateline, a pronoun or a title), when the
   * cue's own subject names no actor; else empty.
   */
  static List<ActorRef> cueSpeaker(Annotation a, int verb, List<Quote> quotes) {
    Dependency up = a.head(verb);
    if (up == null || up.governor() < 0 || !up.relation().equals("conj")) {
      return List.of();
    }
    Token cue = a.tokens().get(up.governor());
    Token self = a.tokens().get(verb);
    for (Quote q : quotes) {
      boolean sameSentence = a.sentenceAt(q.start()) == a.sentenceAt(self.start());
      if (sameSentence && cue.word().equalsIgnoreCase(q.cue()) && q.speaker() != null && q.speaker().actor() != null) {
        return List.of(new ActorRef(q.speaker().name(), q.speaker().actor()));
      }
    }
    return List.of();
  }

  /**
   * The date of the verb, else (a conjunct without subject or date of its own: "said on Tuesday
   * that ..., but asked", "met on Monday and signed") the date of the verb it is coordinated with.
   */
  static VerbDater.Dated date(CleanedArticle article, Annotation a, int verb, List<DateMention> dates) {
    VerbDater.Dated own = VerbDater.date(article, a, verb, dates);
    Dependency up = a.head(verb);
    if ("text".equals(own.source()) || up == null || up.governor() < 0 || !up.relation().equals("conj")
        || Parses.child(a, verb, "nsubj", "nsubj:pass") >= 0) {
      return own;
    }
    return VerbDater.date(article, a, up.governor(), dates);
  }

  /** The reporting verb that the conjunct belongs to, or -1 when it belongs where the parser put it. */
  private static int reporterOf(Annotation a, int head, int conjunct) {
    Dependency up = a.head(head);
    if (up == null || up.governor() < 0 || !up.relation().equals("ccomp") || conjunct < head
        || !Parses.isVerb(a.tokens().get(up.governor())) || !Parses.isVerb(a.tokens().get(conjunct))
        || Parses.child(a, conjunct, "nsubj", "nsubj:pass", "expl") >= 0 || !afterComma(a, conjunct)) {
      return -1;
    }
    Token c = a.tokens().get(conjunct);
    boolean speechAct = isSpeechAct(c.lemma());
    boolean otherForm = c.pos().equals("VBD") && Parses.child(a, conjunct, "aux", "aux:pass") < 0 && !pastFinite(a, head);
    return speechAct || otherForm ? up.governor() : -1;
  }

  /** A speech act: a verb that cues a statement (reporting, asking, naming, judging its object) or a stance act. */
  static boolean isSpeechAct(String lemma) {
    return CueVerbs.cuesAny(lemma) || STANCE_ACTS.contains(lemma);
  }

  /** True when a comma comes just before the conjunct or its coordinator ("..., and accused", "..., but asked"). */
  private static boolean afterComma(Annotation a, int conjunct) {
    int first = conjunct;
    for (int cc : Parses.children(a, conjunct, "cc")) {
      first = Math.min(first, cc);
    }
    return first > 0 && a.tokens().get(first - 1).word().equals(",");
  }

  /**
   * True when the clause head is a finite past without a modal: its own form, or for a predicate
   * with a copula or auxiliary ("was prepared", "had left") that of the first one.
   */
  private static boolean pastFinite(Annotation a, int head) {
    for (Dependency d : a.children(head)) {
      String r = d.relation();
      if ((r.equals("aux") || r.equals("cop") || r.equals("aux:pass")) && d.dependent() < head) {
        Token t = a.tokens().get(d.dependent());
        return t.pos().equals("VBD") && !t.lemma().equals("to");
      }
      if (r.equals("mark") && a.tokens().get(d.dependent()).lemma().equals("to")) {
        return false;
      }
    }
    String pos = a.tokens().get(head).pos();
    return !NON_PAST.contains(pos) && !pos.equals("MD");
  }
}
