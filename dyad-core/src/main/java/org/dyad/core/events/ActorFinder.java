package org.dyad.core.events;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.nlp.Parses;
import org.dyad.model.ActorRef;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/** Finds the coded actor that a parse node stands for: the entity over its head, or one inside its phrase. */
final class ActorFinder {
  private static final int MAX_PHRASE = 12;
  private final Annotation a;
  private final List<EntityMention> entities;

  ActorFinder(Annotation a, List<EntityMention> entities) {
    this.a = a;
    this.entities = entities;
  }

  /** The actor of a node and of each node coordinated with it ("Russia and China"). */
  List<ActorRef> actors(int node) {
    List<ActorRef> out = new ArrayList<>();
    if (node < 0) {
      return out;
    }
    add(out, actor(node));
    for (int c : Parses.children(a, node, "conj")) {
      add(out, actor(c));
    }
    return out;
  }

  /** The country of a place named by a node ("protested in Beijing": CHN), as a one-actor list, else empty. */
  List<ActorRef> placeOf(int node) {
    if (node < 0) {
      return List.of();
    }
    Token t = a.tokens().get(node);
    for (EntityMention e : entities) {
      if (e.start() <= t.start() && e.end() >= t.end() && e.country() != null) {
        return List.of(new ActorRef(e.name(), e.country()));
      }
    }
    return List.of();
  }

  private static void add(List<ActorRef> out, ActorRef r) {
    if (r != null && out.stream().noneMatch(x -> x.actor().equals(r.actor()))) {
      out.add(r);
    }
  }

  /** The actor of one node, or null. */
  ActorRef actor(int node) {
    Token head = a.tokens().get(node);
    EntityMention e = coded(head.start(), head.end());
    if (e != null) {
      return new ActorRef(e.name(), e.actor());
    }
    int[] span = Parses.subtree(a, node);
    if (span[1] - span[0] > MAX_PHRASE) {
      span = Parses.nameSpan(a, node);
    }
    for (int i = span[0]; i < span[1]; i++) {
      Token t = a.tokens().get(i);
      EntityMention inner = coded(t.start(), t.end());
      if (inner != null) {
        return new ActorRef(inner.name(), inner.actor());
      }
    }
    return null;
  }

  private EntityMention coded(int start, int end) {
    for (EntityMention e : entities) {
      if (e.actor() != null && e.start() <= start && e.end() >= end) {
        return e;
      }
    }
    return null;
  }
}
