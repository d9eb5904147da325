package org.dyad.core.events;

import org.dyad.core.nlp.Parses;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import java.util.List;

/**
 * The source and target nodes of an action verb: the subject (or, in the passive, the "by" agent),
 * and the object or the complement of the pattern's preposition (in the passive, the subject).
 * A verb without a subject borrows the subject of the verb that controls it ("ready to boost",
 * "met and signed").
 */
record Roles(int source, int target) {
  /** Verbs that ask someone named in a prepositional complement to act: "called on X to", "appealed to X to". */
  private static final java.util.Set<String> APPEALS = java.util.Set.of("call", "appeal");
  /** Where the parser hangs a reduced passive participle that has its own subject (see isBareParticiple). */
  /** Documents that speak for whoever issues them ("issued a statement condemning X"). */
  private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("statement", "report", "letter", "resolution",
      "communique", "communiqué", "declaration", "message", "note", "petition", "complaint", "memo", "memorandum",
      "decree", "release", "video", "speech", "motion", "bill", "document", "paper", "study");
  private static final java.util.Set<String> REDUCED_CLAUSES = java.util.Set.of("dep", "acl", "xcomp", "csubj:pass");

  static Roles of(Annotation a, int verb, int object, VerbPattern p) {
    int passive = Parses.child(a, verb, "nsubj:pass");
    if (passive < 0) {
      passive = reducedNoun(a, Parses.child(a, verb, "csubj:pass"));
    }
    if (passive < 0 && isBareParticiple(a, verb)) {
      passive = Parses.child(a, verb, "nsubj");
    }
    if (passive >= 0) {
      return new Roles(agent(a, verb), passive);
    }
    int subject = subject(a, verb);
    int target;
    if (p.prep() != null) {
      target = oblique(a, verb, p.prep());
      if (target < 0 && object >= 0) {
        target = oblique(a, object, p.prep());
      }
      int clause = target < 0 ? markedClause(a, verb, p.prep()) : -1;
      if (clause < 0 && target < 0 && object >= 0) {
        clause = markedClause(a, object, p.prep());
      }
      if (clause >= 0) {
        target = Parses.child(a, clause, "nsubj");
      }
      if (target < 0) {
        target = underVenue(a, verb, List.of(p.prep()));
      }
      if (target < 0 && p.object() == null) {
        target = object;
      }
    } else {
      boolean lightVerb = object >= 0 && (p.objectLemmas().contains(VerbMatcher.lower(a, object))
          || p.objectLemmas().contains(VerbMatcher.word(a, object)));
      target = lightVerb ? -1 : object;
      if (target < 0) {
        target = Parses.child(a, verb, "iobj");
      }
    }
    return new Roles(subject, target);
  }

  /**
   * The subject, else the controller: the object of a governing word of request or cause
   * ({@link Constructions#controlsObject}) in object control ("asked
   * Russia to help": Russia), else its subject ("is ready to boost"). A pronoun subject of a
   * complement clause stands for the subject of the verb that reports it ("Israel announced it would
   * free": Israel).
   */
  private static int subject(Annotation a, int verb) {
    int s = Parses.child(a, verb, "nsubj");
    int node = verb;
    for (int hops = 0; s < 0 && hops < 3; hops++) {
      Dependency up = a.head(node);
      boolean loose = up != null && isLooseInfinitive(a, up);
      if (up == null || up.governor() < 0 || !(up.relation().equals("xcomp") || up.relation().equals("conj") || loose)) {
        break;
      }
      node = up.governor();
      boolean controlled = up.relation().equals("xcomp") || loose || infinitiveConjunct(a, up.dependent()) >= 0;
      int controller = controlled && Constructions.standard().controlsObject(a.tokens().get(node).lemma())
          ? askedOne(a, node) : -1;
      s = controller >= 0 ? controller : Parses.child(a, node, "nsubj");
    }
    if (s < 0) {
      s = issuer(a, verb);
    }
    if (s >= 0 && (Parses.isPersonalPronoun(a.tokens().get(s)) || a.tokens().get(s).lemma().equals("it"))) {
      Dependency up = a.head(node);
      if (up != null && up.governor() >= 0 && up.relation().equals("ccomp")) {
        int outer = Parses.child(a, up.governor(), "nsubj");
        return outer >= 0 ? outer : s;
      }
    }
    return s;
  }

  /**
   * The subject of the verb that issued a document whose participle the act is ("issued a statement
   * condemning X", "released a report accusing X of ..."): the document speaks for its issuer; -1
   * when the verb is no such participle.
   */
  private static int issuer(Annotation a, int verb) {
    Dependency up = a.head(verb);
    if (up == null || up.governor() < 0 || !up.relation().equals("acl") || !"VBG".equals(a.tokens().get(verb).pos())
        || !DOCUMENTS.contains(a.tokens().get(up.governor()).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return -1;
    }
    Dependency doc = a.head(up.governor());
    return doc != null && doc.governor() >= 0 && doc.relation().equals("obj") ? Parses.child(a, doc.governor(), "nsubj") : -1;
  }

  /**
   * The one a verb asks to act: its object ("urged Russia to help"), else the complement of an
   * appeal ("called on Russia to help", "appealed to Russia to help", CoreNLP's "on Russia" an
   * oblique) unless it is a date ("called on Monday to ..."); -1 if none.
   */
  static int askedOne(Annotation a, int verb) {
    int object = Parses.child(a, verb, "obj");
    if (object >= 0 || !APPEALS.contains(a.tokens().get(verb).lemma())) {
      return object;
    }
    for (String prep : List.of("on", "upon", "to")) {
      int n = oblique(a, verb, prep);
      if (n >= 0) {
        return n;
      }
    }
    return -1;
  }

  /**
   * A past participle with a subject but no auxiliary ("the mayor ... jailed last year", which the
   * parser sometimes reads as a clause with "mayor" its subject) is a reduced passive: the noun is what
   * was done to, never the doer. Only where the parser hangs such a participle as a loose attachment
   * (dep), a noun's clause (acl), a verb's complement ("freed the mayor jailed last year": jailed an
   * xcomp of freed) or a passive verb's clausal subject ("the prisoners held since May were freed"):
   * a root or a reported clause ("X said Y broken ...") with a bare "VBN" is more often a simple past
   * the tagger missed, and keeps its subject as the doer.
   */
  static boolean isBareParticiple(Annotation a, int verb) {
    Dependency head = a.head(verb);
    boolean loose = head != null && head.governor() >= 0 && REDUCED_CLAUSES.contains(head.relation());
    return loose && "VBN".equals(a.tokens().get(verb).pos()) && Parses.child(a, verb, "aux", "cop") < 0;
  }

  /**
   * The noun a reduced passive clause stands for, its subject ("freed the mayor jailed last year": the
   * mayor), when the clause is a bare participle; else -1. The parser puts such a noun phrase where
   * the verb's object or passive subject should be.
   */
  static int reducedNoun(Annotation a, int clause) {
    return clause >= 0 && isBareParticiple(a, clause) ? Parses.child(a, clause, "nsubj") : -1;
  }

  /**
   * The verb's patient: its direct object or passive subject, else the noun of a reduced passive the
   * parser hung as its complement ("freed the mayor jailed last year") or clausal subject ("the
   * prisoners held since May were freed"); -1 if none.
   */
  static int object(Annotation a, int verb) {
    int object = Parses.child(a, verb, "obj", "nsubj:pass");
    if (object < 0) {
      object = reducedNoun(a, Parses.child(a, verb, "csubj:pass"));
    }
    if (object < 0 && Parses.child(a, verb, "obj") < 0) {
      object = reducedNoun(a, Parses.child(a, verb, "xcomp"));
    }
    return object;
  }

  static int agent(Annotation a, int verb) {
    for (Dependency d : a.children(verb)) {
      if (d.relation().startsWith("obl") && hasCase(a, d.dependent(), "by")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * The first complement of the verb (else of its object) under one of the prepositions, in their
   * order ("opened fire on X"); with no prepositions, the first complement after the verb under any
   * preposition but "by" (the agent); else one under the act's venue ({@link #underVenue}). Places are
   * left to the entity stage: a town is no actor.
   */
  static int firstOblique(Annotation a, int verb, int object, List<String> preps) {
    java.util.List<Integer> nodes = new java.util.ArrayList<>(List.of(verb, object));
    if (object >= 0) {
      nodes.addAll(Parses.children(a, object, "conj")); // "suspended gas exports and trade with X"
    }
    for (int node : nodes) {
      if (node < 0) {
        continue;
      }
      if (preps.isEmpty()) {
        for (Dependency d : a.children(node)) {
          boolean complement = d.relation().startsWith("obl") || d.relation().startsWith("nmod");
          if (complement && d.dependent() > verb && !hasCase(a, d.dependent(), "by")) {
            return d.dependent();
          }
        }
      }
      for (String prep : preps) {
        int n = oblique(a, node, prep);
        if (n >= 0) {
          return n;
        }
      }
    }
    return preps.isEmpty() ? -1 : underVenue(a, verb, preps);
  }

  /** The prepositions of the venue an act is done at, whose noun the parser often takes for the head of the next complement. */
  private static final List<String> VENUES = List.of("in", "at", "during");

  /**
   * A complement under one of the prepositions that the parser hung under the noun of the act's venue
   * instead of under the verb ("brought charges at a regional tribunal against X": X under tribunal;
   * "met at a hotel with X"), or -1.
   */
  private static int underVenue(Annotation a, int verb, List<String> preps) {
    for (String venue : VENUES) {
      int place = oblique(a, verb, venue);
      for (String prep : place < 0 ? List.<String>of() : preps) {
        int n = oblique(a, place, prep);
        if (n >= 0) {
          return n;
        }
      }
    }
    return -1;
  }

  /**
   * A clause under the verb (or its object) introduced by the preposition, with its own subject:
   * CoreNLP's parse of "called on X to free Y" (free an adverbial clause marked "on", X its subject)
   * and of "gave permission to X to help Y" (help a clause on "permission" marked "to"), or -1.
   */
  static int markedClause(Annotation a, int verb, String prep) {
    for (Dependency d : a.children(verb)) {
      if (prep.equals(clauseMark(a, d))) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The marks ("on", "to") of the clauses under a node that have their own subject, as prepositions. */
  static java.util.Set<String> clauseMarks(Annotation a, int node) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Dependency d : a.children(node)) {
      String mark = clauseMark(a, d);
      if (mark != null) {
        out.add(mark);
      }
    }
    return out;
  }

  private static String clauseMark(Annotation a, Dependency d) {
    String rel = d.relation();
    boolean clause = rel.equals("advcl") || rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("acl");
    int mark = clause ? Parses.child(a, d.dependent(), "mark") : -1;
    int subject = mark >= 0 ? Parses.child(a, d.dependent(), "nsubj") : -1;
    // "called X on Friday to discuss": CoreNLP may make the date the subject of a clause marked "on"
    return subject >= 0 && !isTime(a, subject) ? a.tokens().get(mark).lemma() : null;
  }

  /**
   * The verb that an infinitive without a subject is wrongly coordinated with, as CoreNLP parses
   * "urged X to end the war and to hold talks" ("hold" a conjunct of "urged", not of "end"): the
   * governor when it also has an infinitive complement (xcomp marked "to"), else -1. Such an
   * infinitive is a second complement of that verb.
   */
  static int infinitiveConjunct(Annotation a, int verb) {
    Dependency up = a.head(verb);
    if (up == null || up.governor() < 0 || !up.relation().equals("conj") || !hasMarkTo(a, verb)
        || Parses.child(a, verb, "nsubj") >= 0) {
      return -1;
    }
    int x = Parses.child(a, up.governor(), "xcomp");
    return x >= 0 && x != verb && hasMarkTo(a, x) ? up.governor() : -1;
  }

  /**
   * An infinitive CoreNLP hangs loose (dep) under an adjective of intention ("stands ready to send
   * aid", "stayed willing to meet"): the adjective's complement, as if it were its xcomp.
   */
  static boolean isLooseInfinitive(Annotation a, Dependency up) {
    return up.relation().equals("dep") && up.governor() >= 0 && hasMarkTo(a, up.dependent())
        && Modalities.intends(a.tokens().get(up.governor()).lemma());
  }

  static boolean hasMarkTo(Annotation a, int verb) {
    int mark = Parses.child(a, verb, "mark");
    return mark >= 0 && a.tokens().get(mark).lemma().equals("to");
  }

  /**
   * The complement of the node under the preposition, leaving out times ("met on Tuesday", "called
   * on Monday on X to ...": a date is when, never whom), or -1.
   */
  static int oblique(Annotation a, int node, String prep) {
    for (Dependency d : a.children(node)) {
      if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && hasCase(a, d.dependent(), prep)
          && !isTime(a, d.dependent())) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** True when the token is part of a time expression ("Friday", "last week"): when, never whom. */
  static boolean isTime(Annotation a, int token) {
    return a.tokens().get(token).ner().matches("DATE|TIME|DURATION|SET");
  }

  private static boolean hasCase(Annotation a, int node, String prep) {
    for (Dependency d : a.children(node)) {
      if (d.relation().equals("case") && a.tokens().get(d.dependent()).lemma().equals(prep)) {
        return true;
      }
    }
    return false;
  }
}
