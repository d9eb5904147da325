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
 * object the same way ("held talks in Moscow"), or a LOCATION that is the verb's object ("visited
 * Kabul"). Nothing else: an event with no such place has none, and the dateline never stands in.
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
    Place p = attached(a, verb, entities, true);
    int object = Parses.child(a, verb, "obj", "dobj");
    return p != null || object < 0 ? p : attached(a, object, entities, false);
  }

  /** A place hanging from {@code head} by a locative oblique or modifier (or, for a verb, as its object). */
  private static Place attached(Annotation a, int head, List<EntityMention> entities, boolean verb) {
    for (Dependency d : a.children(head)) {
      String r = d.relation();
      boolean oblique = r.startsWith("obl") || r.startsWith("nmod") || r.startsWith("advcl");
      if (oblique && locative(a, d.dependent())) {
        EntityMention m = placeAt(a.tokens().get(d.dependent()), entities);
        if (m != null) {
          return m.place();
        }
      } else if (verb && (r.equals("obj") || r.equals("dobj"))) {
        EntityMention m = placeAt(a.tokens().get(d.dependent()), entities);
        if (m != null && m.type().equals("LOCATION")) {
          return m.place();
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
