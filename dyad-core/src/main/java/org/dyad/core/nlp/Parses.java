package org.dyad.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Token;

/** Small questions over a dependency parse, shared by the quote and event stages. */
public final class Parses {
  private static final Set<String> PERSONAL = Set.of("he", "she", "they", "him", "her", "them", "we", "us", "i", "me");

  private Parses() {}

  /** The first dependent of a token whose relation is one of the given ones (subtypes match their base), or -1. */
  public static int child(Annotation a, int token, String... relations) {
    for (Dependency d : a.children(token)) {
      for (String r : relations) {
        if (d.relation().equals(r) || (!r.contains(":") && d.relation().startsWith(r + ":"))) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  /** All dependents of a token with the given relation (exact). */
  public static List<Integer> children(Annotation a, int token, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : a.children(token)) {
      if (d.relation().equals(relation)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Relation of a token to its head, or "" when none. */
  public static String relation(Annotation a, int token) {
    Dependency d = a.head(token);
    return d == null ? "" : d.relation();
  }

  /** Head token index, or -1. */
  public static int head(Annotation a, int token) {
    Dependency d = a.head(token);
    return d == null ? -1 : d.governor();
  }

  /** Token range {@code [min, max+1)} of a token's subtree (iterative, so deep parses cannot overflow). */
  public static int[] subtree(Annotation a, int token) {
    int min = token;
    int max = token;
    List<Integer> todo = new ArrayList<>(List.of(token));
    int guard = 0;
    while (!todo.isEmpty() && guard++ < 10_000) {
      int t = todo.remove(todo.size() - 1);
      min = Math.min(min, t);
      max = Math.max(max, t);
      for (Dependency d : a.children(t)) {
        todo.add(d.dependent());
      }
    }
    return new int[] {min, max + 1};
  }

  /** The tokens of a name: the token with its compound and flat dependents. */
  public static int[] nameSpan(Annotation a, int token) {
    int min = token;
    int max = token;
    for (Dependency d : a.children(token)) {
      if (d.relation().equals("compound") || d.relation().startsWith("flat")) {
        min = Math.min(min, d.dependent());
        max = Math.max(max, d.dependent());
      }
    }
    return new int[] {min, max + 1};
  }

  public static boolean isVerb(Token t) {
    return t.pos().startsWith("VB");
  }

  public static boolean isPersonalPronoun(Token t) {
    return t.pos().startsWith("PRP") && PERSONAL.contains(t.word().toLowerCase(java.util.Locale.ROOT));
  }

  /** True when the token has a negation dependent ("not", "never", "n't", "no"). */
  public static boolean isNegated(Annotation a, int token) {
    for (Dependency d : a.children(token)) {
      String w = a.tokens().get(d.dependent()).lemma();
      if ((d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det"))
          && (w.equals("not") || w.equals("n't") || w.equals("never") || (w.equals("no") && d.relation().equals("det")))) {
        return true;
      }
    }
    return false;
  }
}
