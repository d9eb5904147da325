package org.dyad.core.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.Parses;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Token;

/**
 * Gives each event its action place: a placed LOCATION or COUNTRY mention attached to the event's
 * verb in the parse by a locative preposition ("swept into Kabul", "met in Moscow"), to the verb's
 * object the same way ("held talks in Moscow"), to the action the verb controls ("is expected to
 * arrive in Islamabad") or to a participle clause of the verb without its own subject ("Speaking in
 * Doha, the envoy said"); or the verb's object when it is a LOCATION ("visited Kabul"), or a city or
 * region named for its government ("seized Kabul") in a material event, where the place is physical. Nothing else: an event with no such place has none, and the dateline never
 * stands in.
 */
public final class ActionPlacer {
  static final Set<String> LOCATIVE = Set.of("in", "at", "into", "inside", "near", "outside", "across",
      "throughout", "around", "within", "along");
  private static final int MAX_TOKENS = 60;

  /** The events in the same order, each with its action place or none. */
  public List<Event> place(Annotation a, List<Event> events, List<EntityMention> entities) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Place p = a.tokens().isEmpty() ? null : actionPlace(a, e, entities);
      out.add(p == null ? e : e.withPlace(p));
    }
    return out;
  }

  private static Place actionPlace(Annotation a, Event e, List<EntityMention> entities) {
    int verb = verbOf(a, e.start(), e.end());
    if (verb < 0) {
      return null;
    }
    boolean physical = physical(e);
    Place p = attached(a, verb, entities, physical);
    int controlled = Parses.child(a, verb, "xcomp");
    if (p == null && controlled >= 0) {
      p = attached(a, controlled, entities, physical);
    }
    int object = Parses.child(a, verb, "obj", "dobj");
    if (p == null && object >= 0) {
      p = locativeOf(a, object, entities);
    }
    return p == null ? participleClause(a, verb, entities) : p;
  }

  /**
   * Material events (QuadClass 2 and 4) happen where their object is. Verbal ones do not, even
   * consultations: "urged Beijing to hold talks" names Beijing's government, not a meeting place.
   */
  private static boolean physical(Event e) {
    return e.quadClass() == 2 || e.quadClass() == 4;
  }

  /** A place hanging from a verb by a locative oblique or modifier, or as its object (see the class comment). */
  private static Place attached(Annotation a, int verb, List<EntityMention> entities, boolean physical) {
    Place p = locativeOf(a, verb, entities);
    if (p != null) {
      return p;
    }
    for (Dependency d : a.children(verb)) {
      if (d.relation().equals("obj") || d.relation().equals("dobj")) {
        EntityMention m = placeAt(a.tokens().get(d.dependent()), entities);
        if (m != null && (m.type().equals("LOCATION") || physical && !m.place().kind().equals("country"))) {
          return m.place();
        }
      }
    }
    return null;
  }

  /** A place hanging from {@code head} by a locative oblique or modifier. */
  private static Place locativeOf(Annotation a, int head, List<EntityMention> entities) {
    for (Dependency d : a.children(head)) {
      String r = d.relation();
      boolean oblique = r.startsWith("obl") || r.startsWith("nmod") || r.startsWith("advcl");
      if (oblique && locative(a, d.dependent())) {
        EntityMention m = placeAt(a.tokens().get(d.dependent()), entities);
        if (m != null) {
          return m.place();
        }
      }
    }
    return null;
  }

  /** A locative place of a participle clause that shares the verb's subject ("Speaking in Doha, X said"); "nsubj" takes in its subtypes. */
  private static Place participleClause(Annotation a, int verb, List<EntityMention> entities) {
    for (Dependency d : a.children(verb)) {
      int clause = d.dependent();
      if (d.relation().equals("advcl") && Parses.isVerb(a.tokens().get(clause))
          && Parses.child(a, clause, "nsubj", "mark") < 0) {
        Place p = locativeOf(a, clause, entities);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  private static boolean locative(Annotation a, int token) {
    for (Dependency d : a.children(token)) {
      if (d.relation().equals("case")) {
        return LOCATIVE.contains(a.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  private static EntityMention placeAt(Token t, List<EntityMention> entities) {
    for (EntityMention m : entities) {
      if (m.place() != null && m.start() <= t.start() && m.end() >= t.end()) {
        return m;
      }
    }
    return null;
  }

  /** The token of the evidence span whose head lies outside it: the event's verb; -1 when none is a verb. */
  static int verbOf(Annotation a, int start, int end) {
    int seen = 0;
    for (Token t : a.tokens()) {
      if (t.start() >= start && t.end() <= end && seen++ < MAX_TOKENS) {
        int h = Parses.head(a, t.index());
        Token head = h < 0 ? null : a.tokens().get(h);
        if ((head == null || head.start() < start || head.end() > end) && Parses.isVerb(t)) {
          return t.index();
        }
      }
    }
    return -1;
  }
}
