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
  static Roles of(Annotation a, int verb, int object, VerbPattern p) {
    int passive = Parses.child(a, verb, "nsubj:pass");
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
      if (target < 0 && p.object() == null) {
        target = object;
      }
    } else {
      boolean lightVerb = object >= 0 && p.objectLemmas().contains(a.tokens().get(object).lemma());
      target = lightVerb ? -1 : object;
      if (target < 0) {
        target = Parses.child(a, verb, "iobj");
      }
    }
    return new Roles(subject, target);
  }

  /**
   * The subject, else the controller: the object of the governing verb in object control ("asked
   * Russia to help": Russia), else its subject ("is ready to boost"). A pronoun subject of a
   * complement clause stands for the subject of the verb that reports it ("Israel announced it would
   * free": Israel).
   */
  private static int subject(Annotation a, int verb) {
    int s = Parses.child(a, verb, "nsubj");
    int node = verb;
    for (int hops = 0; s < 0 && hops < 3; hops++) {
      Dependency up = a.head(node);
      if (up == null || up.governor() < 0 || !(up.relation().equals("xcomp") || up.relation().equals("conj"))) {
        break;
      }
      node = up.governor();
      int controller = up.relation().equals("xcomp") ? Parses.child(a, node, "obj") : -1;
      s = controller >= 0 ? controller : Parses.child(a, node, "nsubj");
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

  private static int agent(Annotation a, int verb) {
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
   * preposition but "by" (the agent). Places are left to the entity stage: a town is no actor.
   */
  static int firstOblique(Annotation a, int verb, int object, List<String> preps) {
    for (int node : new int[] {verb, object}) {
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
    return -1;
  }

  static int oblique(Annotation a, int node, String prep) {
    for (Dependency d : a.children(node)) {
      if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && hasCase(a, d.dependent(), prep)) {
        return d.dependent();
      }
    }
    return -1;
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
