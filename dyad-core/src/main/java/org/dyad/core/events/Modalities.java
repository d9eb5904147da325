package org.dyad.core.events;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dyad.core.nlp.Parses;
import org.dyad.model.Modality;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Token;

/** Decides whether a verb's event is asserted, negated, intended, hypothetical or reported. */
final class Modalities {
  private static final Constructions CONSTRUCTIONS = Constructions.standard();
  /**
   * Verbs that hold their subject in a state named by an adjective beside them ("remained ready to
   * help", "stands ready to send", "stayed willing to meet"): CoreNLP may hang the infinitive on the
   * verb rather than on the adjective; the adjective's intent then still governs it.
   */
  private static final Set<String> STATE_VERBS = Set.of("remain", "stay", "stand");
  /** Modal auxiliaries of the plain future: "will send", "shall meet". */
  static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
  /** Modal auxiliaries of possibility and advice: "could send", "should meet". */
  static final Set<String> POSSIBLE = Set.of("could", "might", "may", "should", "can");
  /**
   * The modal auxiliary of a hypothesis ("would meet Y if ...") that in a reported clause is the
   * future seen from the past ("said it would free"), an announced intention.
   */
  static final String WOULD = "would";
  /** The modal auxiliary of obligation; it leaves the modality as the clause has it ("must leave"). */
  static final String MUST = "must";
  private static final Set<String> HYPOTHETICAL = plus(POSSIBLE, WOULD);

  private Modalities() {}

  /** A predicate whose complement is only an intention ("is ready to boost", "plans to send"): a construction of intent or pledge. */
  static boolean intends(String lemma) {
    return CONSTRUCTIONS.intends(lemma);
  }

  /** A set of modal auxiliaries with one more. */
  static Set<String> plus(Set<String> modals, String modal) {
    return Stream.concat(modals.stream(), Stream.of(modal)).collect(Collectors.toUnmodifiableSet());
  }

  static Modality of(Annotation a, int verb, List<Quote> quotes) {
    Token t = a.tokens().get(verb);
    int intentHead = intentHead(a, verb);
    int governor = xcompHead(a, verb);
    if (Parses.isNegated(a, verb) || (governor >= 0 && Parses.isNegated(a, governor))) {
      return Modality.NEGATED;
    }
    int threat = threatHead(a, verb);
    if (threat >= 0) {
      return of(a, threat, quotes); // a threatened act is the threat, as asserted as the threatening
    }
    boolean reportedFuture = isReportedClause(a, verb) || governor >= 0 && isReportedClause(a, governor);
    if ((hasAux(a, verb, HYPOTHETICAL) && !(reportedFuture && hasAux(a, verb, Set.of(WOULD))))
        || isConditional(a, verb) || isRequested(a, verb) || Obligations.kind(a, verb) != 0) {
      return Modality.HYPOTHETICAL;
    }
    if (reportedFuture && hasAux(a, verb, Set.of(WOULD))) {
      return Modality.INTENDED;
    }
    if (intentHead >= 0 && !inStatement(a.tokens().get(intentHead), quotes)) {
      return Modality.INTENDED; // "plans to meet", "pledged to send": the statement the word cues is the intention itself
    }
    if (inStatement(t, quotes) && !conjoinedWithCue(a, verb, quotes)) {
      return Modality.REPORTED;
    }
    if (intentHead >= 0 || hasAux(a, verb, FUTURE)) {
      return Modality.INTENDED;
    }
    return Modality.ASSERTED;
  }

  /**
   * True when the action is only intended or announced ("is ready to boost", "will send", "said it
   * would free"), also inside a statement: such an action takes its 03x intent code whatever the
   * modality says about who reports it.
   */
  static boolean isIntention(Annotation a, int verb) {
    boolean reportedWould = (isReportedClause(a, verb) || xcompHead(a, verb) >= 0 && isReportedClause(a, xcompHead(a, verb)))
        && hasAux(a, verb, Set.of(WOULD));
    return intentHead(a, verb) >= 0 || hasAux(a, verb, FUTURE) || reportedWould;
  }

  /**
   * True for an action the reporter states as scheduled ("X will meet Y on Monday"): a plain future
   * in a clause nobody is reported to say, with no predicate of intention. Such an action keeps its
   * own code (modality intended); an intention someone expresses ("said it will", "plans to") is 03x.
   */
  static boolean isScheduled(Annotation a, int verb) {
    return intentHead(a, verb) < 0 && xcompHead(a, verb) < 0 && !isReportedClause(a, verb)
        && hasAux(a, verb, FUTURE);
  }

  /**
   * The verb that governs this one through xcomp ("refused to help": refused) or through a clause on
   * its object ("did not give permission to help": give), or -1.
   */
  private static int xcompHead(Annotation a, int verb) {
    Dependency d = a.head(verb);
    if (d == null || d.governor() < 0) {
      return -1;
    }
    if (d.relation().equals("xcomp")) {
      return d.governor();
    }
    Dependency up = d.relation().equals("acl") ? a.head(d.governor()) : null;
    return up != null && up.governor() >= 0 && up.relation().equals("obj") ? up.governor() : -1;
  }

  /**
   * A clause reported by a verb ("announced it would free"): there "would" is the future seen from
   * the past, an announced intention rather than a hypothesis.
   */
  private static boolean isReportedClause(Annotation a, int verb) {
    Dependency d = a.head(verb);
    return d != null && d.governor() >= 0 && d.relation().equals("ccomp")
        && CONSTRUCTIONS.has(a.tokens().get(d.governor()).lemma(), Constructions.Link.CCOMP, Constructions.Effect.REPORT);
  }

  /** The intent predicate that governs the verb through xcomp, or -1. */
  static int intentHead(Annotation a, int verb) {
    Dependency d = controlLink(a, verb);
    if (d == null || d.governor() < 0 || !d.relation().equals("xcomp")) {
      return -1;
    }
    int g = d.governor();
    if (intends(a.tokens().get(g).lemma())) {
      return g;
    }
    return STATE_VERBS.contains(a.tokens().get(g).lemma()) && intentState(a, g, verb) ? g : -1;
  }

  /** The word that makes the act a threat through xcomp ("threatened to shell"), or -1. */
  static int threatHead(Annotation a, int verb) {
    Dependency d = controlLink(a, verb);
    boolean threat = d != null && d.governor() >= 0 && d.relation().equals("xcomp")
        && CONSTRUCTIONS.threatens(a.tokens().get(d.governor()).lemma());
    return threat ? d.governor() : -1;
  }

  /** True when the state verb has, beside the action, an adjective of intention ("remained ready"). */
  private static boolean intentState(Annotation a, int stateVerb, int action) {
    for (Dependency d : a.children(stateVerb)) {
      if (d.dependent() != action && d.relation().equals("xcomp") && a.tokens().get(d.dependent()).pos().startsWith("JJ")
          && intends(a.tokens().get(d.dependent()).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The link from the verb to the predicate that controls it: its own head, or for a verb without a
   * subject coordinated with another ("urged X to end the war and to hold talks": hold), the head of
   * the first conjunct; an infinitive hung loose under an adjective of intention ("stands ready to
   * send") is that adjective's complement.
   */
  private static Dependency controlLink(Annotation a, int verb) {
    Dependency d = a.head(verb);
    if (Roles.infinitiveConjunct(a, verb) >= 0 || d != null && Roles.isLooseInfinitive(a, d)) {
      return new Dependency(d.governor(), verb, "xcomp");
    }
    if (d != null && d.governor() >= 0 && d.relation().equals("conj") && Parses.child(a, verb, "nsubj", "nsubj:pass") < 0) {
      return a.head(d.governor());
    }
    return d;
  }

  private static boolean hasAux(Annotation a, int verb, Set<String> words) {
    for (Dependency d : a.children(verb)) {
      if (d.relation().startsWith("aux") && words.contains(a.tokens().get(d.dependent()).lemma())) {
        return true;
      }
    }
    int head = intentHead(a, verb);
    return head >= 0 && hasAux(a, head, words);
  }

  /** The complement of a request to someone ("asked Russia to help"; "was urged to leave"). */
  static boolean isRequested(Annotation a, int verb) {
    Dependency d = controlLink(a, verb);
    if (d == null || d.governor() < 0) {
      return false;
    }
    int g = d.governor();
    if (Roles.markedClause(a, g, "on") == verb) {
      return CONSTRUCTIONS.has(a.tokens().get(g).lemma(), Constructions.Link.ON, Constructions.Effect.REQUEST);
    }
    if (!d.relation().equals("xcomp")) {
      return false;
    }
    boolean object = Roles.askedOne(a, g) >= 0 || Parses.child(a, g, "nsubj:pass") >= 0;
    return object && CONSTRUCTIONS.has(a.tokens().get(g).lemma(), Constructions.Link.XCOMP, Constructions.Effect.REQUEST);
  }

  /** A condition ("if", "unless") or an open question ("asked whether Iran would attack") on the verb. */
  static boolean isConditional(Annotation a, int verb) {
    for (Dependency d : a.children(verb)) {
      if (d.relation().equals("mark") && a.tokens().get(d.dependent()).lemma().matches("if|unless|whether")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb coordinated with a verb outside every statement ("said that ..., and accused X", the
   * statement's span running on over the conjunct) is the speaker's own act, not reported content.
   */
  private static boolean conjoinedWithCue(Annotation a, int verb, List<Quote> quotes) {
    Dependency d = a.head(verb);
    return d != null && d.governor() >= 0 && d.relation().equals("conj")
        && !inStatement(a.tokens().get(d.governor()), quotes);
  }

  static boolean inStatement(Token t, List<Quote> quotes) {
    for (Quote q : quotes) {
      if (t.start() >= q.start() && t.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }
}
