package org.dyad.core.events;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.entities.PronounResolver;
import org.dyad.core.nlp.Parses;
import org.dyad.model.ActorRef;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Token;

/** Finds the coded actor that a parse node stands for: the entity over its head, or one inside its phrase. */
final class ActorFinder {
  private static final int MAX_PHRASE = 12;
  private static final java.util.Set<String> CLAUSAL = java.util.Set.of("acl", "ccomp", "xcomp", "advcl", "conj", "cc",
      "parataxis", "appos", "dep");
  /**
   * Nouns that name others by their relation to someone ("Russia's allies", "critics of the
   * government"): the someone inside such a phrase is not the phrase's actor.
   */
  private static final java.util.Set<String> RELATIONAL = java.util.Set.of("neighbour", "neighbor", "ally", "partner",
      "rival", "enemy", "critic", "opponent", "supporter", "adversary", "foe", "backer", "detractor");
  /** Modifiers that make a noun relational to its possessor or "of" complement: "Afghanistan's neighbouring countries". */
  private static final java.util.Set<String> RELATIONAL_MODIFIERS = java.util.Set.of("neighbouring", "neighboring",
      "allied");
  /** Entity types that may stand for an event's side without an actor code (places never do). */
  private static final java.util.Set<String> NAMED = java.util.Set.of("PERSON", "ORGANIZATION");
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
    ActorRef first = actor(node);
    add(out, first);
    for (int c : Parses.children(a, node, "conj")) {
      add(out, actor(c));
    }
    if (first != null) {
      sharedHead(node, first).forEach(r -> add(out, r));
    }
    return out;
  }

  /**
   * Countries coordinated inside a group's modifier share its role: "US and British activists" are
   * GBROPP and USAOPP.
   */
  private List<ActorRef> sharedHead(int node, ActorRef group) {
    List<ActorRef> out = new ArrayList<>();
    if (group.actor() == null || group.actor().length() != 6) {
      return out;
    }
    String role = group.actor().substring(3);
    for (Dependency d : a.children(node)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound"))
          && !Parses.children(a, d.dependent(), "conj").isEmpty()) {
        List<Integer> modifiers = new ArrayList<>(Parses.children(a, d.dependent(), "conj"));
        modifiers.add(d.dependent());
        for (int c : modifiers) {
          Token t = a.tokens().get(c);
          EntityMention e = coded(t.start(), t.end());
          if (e != null && e.actor().length() == 3 && "COUNTRY".equals(e.type())) {
            out.add(new ActorRef(e.name() + " " + t.word(), e.actor() + role));
          }
        }
      }
    }
    return out;
  }

  /**
   * True when the actor is an unnamed group coded by its role alone, without a country ("villagers"
   * CVL, "militants" REB): the country of the place where it is met may complete it.
   */
  boolean roleOnly(ActorRef r) {
    return r.coded() && entities.stream().anyMatch(e -> r.actor().equals(e.actor()) && r.name().equals(e.name())
        && e.country() == null && "GROUP".equals(e.type()));
  }

  /** The country of a place named by a node ("protested in Beijing": CHN), as a one-actor list, else empty. */
  List<ActorRef> placeOf(int node) {
    if (node < 0) {
      return List.of();
    }
    Token t = a.tokens().get(node);
    for (EntityMention e : entities) {
      if (e.start() <= t.start() && e.end() >= t.end() && countryOf(e) != null) {
        return List.of(new ActorRef(e.name(), countryOf(e)));
      }
    }
    return List.of();
  }

  /** The country of a mention: its own, else that of the place the entity stage located it at. */
  private static String countryOf(EntityMention e) {
    return e.country() != null ? e.country() : e.place() != null ? e.place().country() : null;
  }

  /**
   * The country of the first place in a node's phrase when the phrase names no actor ("visited
   * Berlin", "shelled villages near Aleppo", "arrested students in Nairobi"): CAMEO coders code a
   * place that an action is aimed at as its country. Empty when the phrase names no place.
   */
  List<ActorRef> placeIn(int node) {
    if (node < 0) {
      return List.of();
    }
    for (int i : phrase(node)) {
      Token t = a.tokens().get(i);
      for (EntityMention e : entities) {
        if ("LOCATION".equals(e.type()) && countryOf(e) != null && e.start() <= t.start() && e.end() >= t.end()) {
          return List.of(new ActorRef(e.name(), countryOf(e)));
        }
      }
    }
    return countryModifier(node);
  }

  /**
   * The country a place noun is said to lie in by a country word before it ("the Syrian border
   * town", "a Kenyan village"), as a one-actor list, else empty.
   */
  private List<ActorRef> countryModifier(int node) {
    for (Dependency d : a.children(node)) {
      if (d.relation().equals("amod") || d.relation().equals("compound")) {
        Token t = a.tokens().get(d.dependent());
        for (EntityMention e : entities) {
          if ("COUNTRY".equals(e.type()) && e.country() != null && e.start() <= t.start() && e.end() >= t.end()) {
            return List.of(new ActorRef(e.name(), e.country()));
          }
        }
      }
    }
    return List.of();
  }

  private static void add(List<ActorRef> out, ActorRef r) {
    if (r != null && out.stream().noneMatch(x -> x.sameAs(r))) {
      out.add(r);
    }
  }

  /**
   * The actor of one node, or null: the coded entity over its head, the person a personal pronoun
   * stands for ("He condemned ...": the last person of that gender named before, as the quote stage
   * resolves speakers), else the first coded entity inside its phrase, else a person or organisation
   * named at its head that no dictionary codes (the side keeps its name, without a code).
   */
  ActorRef actor(int node) {
    Token head = a.tokens().get(node);
    EntityMention e = coded(head.start(), head.end());
    if (e == null && PronounResolver.isGendered(head.word())) {
      EntityMention person = PronounResolver.antecedent(a, entities, head);
      return person == null ? null : new ActorRef(person.name(), person.actor());
    }
    if (e != null) {
      return new ActorRef(e.name(), e.actor());
    }
    List<Integer> phrase = phrase(node);
    if (phrase.size() > MAX_PHRASE) {
      int[] span = Parses.nameSpan(a, node);
      phrase = java.util.stream.IntStream.range(span[0], span[1]).filter(i -> !underRelational(i, node)).boxed().toList();
    }
    for (int i : phrase) {
      Token t = a.tokens().get(i);
      EntityMention inner = coded(t.start(), t.end());
      if (inner != null) {
        return new ActorRef(inner.name(), inner.actor());
      }
    }
    EntityMention named = named(head.start(), head.end());
    return named != null ? new ActorRef(named.name(), null) : apposed(node);
  }

  /**
   * The actor a phrase's apposition names when the phrase itself names none ("the former governor of
   * the province, John Smith": John Smith; "his counterpart President X", which CoreNLP hangs under
   * the relational noun as an unlabelled dependent), or null.
   */
  private ActorRef apposed(int node) {
    List<Integer> apposed = new ArrayList<>(Parses.children(a, node, "appos"));
    apposed.addAll(Parses.children(a, node, "dep"));
    for (int c : apposed) {
      Token t = a.tokens().get(c);
      EntityMention e = coded(t.start(), t.end());
      if (e == null) {
        e = named(t.start(), t.end());
      }
      if (e != null) {
        return new ActorRef(e.name(), e.actor());
      }
    }
    return null;
  }

  /**
   * The doers a reduced passive clause on a node names ("the threats made by X", "the plan drawn up by
   * X"): the "by" agent of a past participle modifying the node; empty when there is none.
   */
  List<ActorRef> madeBy(int node) {
    List<Integer> nodes = new ArrayList<>(List.of(node));
    nodes.addAll(node < 0 ? List.of() : Parses.children(a, node, "conj"));
    for (int n : nodes) {
      for (int c : participles(n)) {
        int agent = Roles.agent(a, c);
        if (agent >= 0) {
          return actors(agent);
        }
      }
    }
    return List.of();
  }

  /**
   * Whom a measure a node names was imposed on ("lifted the sanctions imposed on X", "eased the
   * restrictions placed on X"): the on/against/upon complement of a past participle modifying the
   * node; empty when there is none.
   */
  List<ActorRef> imposedOn(int node) {
    for (int c : participles(node)) {
      int on = Roles.firstOblique(a, c, -1, List.of("on", "against", "upon"));
      if (on >= 0) {
        return actors(on);
      }
    }
    return List.of();
  }

  /** The past participles modifying a noun as reduced passive clauses ("the sanctions imposed ..."). */
  private List<Integer> participles(int node) {
    return node < 0 ? List.of()
        : Parses.children(a, node, "acl").stream().filter(c -> "VBN".equals(a.tokens().get(c).pos())).toList();
  }

  /**
   * The first named place in a node's phrase when it has no known country ("ordered a curfew across
   * districts of Kashmir"), as a side without a code; empty when the phrase names no place.
   */
  List<ActorRef> placeNamed(int node) {
    if (node < 0) {
      return List.of();
    }
    for (int i : phrase(node)) {
      Token t = a.tokens().get(i);
      for (EntityMention e : entities) {
        if ("LOCATION".equals(e.type()) && e.start() <= t.start() && e.end() >= t.end()) {
          return List.of(new ActorRef(e.name(), null));
        }
      }
    }
    return List.of();
  }

  /**
   * The people or group a node's noun phrase names when no dictionary codes them ("expelled the
   * weapons inspectors", "freed 19 hostages"): the phrase's head is a common noun of
   * {@code actor-nouns.txt} (WordNet's persons and social groups). A side without a code, named by
   * its head with the modifiers before it (what a noun of quantity counts: "freed dozens of
   * prisoners"); empty when the head is no such noun.
   */
  List<ActorRef> phraseActor(int node) {
    if (node < 0) {
      return List.of();
    }
    int counted = VerbMatcher.counted(a, node);
    if (counted >= 0) {
      return phraseActor(counted);
    }
    Token head = a.tokens().get(node);
    if (!head.pos().startsWith("NN") || head.pos().equals("NNP")
        || !(ActorNouns.contains(head.lemma()) || ActorNouns.contains(twoWords(node)))) {
      return List.of();
    }
    int from = node;
    for (Dependency d : a.children(node)) {
      String rel = d.relation();
      if (d.dependent() < node && (rel.equals("amod") || rel.equals("compound") || rel.equals("nummod"))) {
        from = Math.min(from, d.dependent());
      }
    }
    StringBuilder name = new StringBuilder();
    for (int i = from; i <= node; i++) {
      name.append(i > from ? " " : "").append(a.tokens().get(i).word());
    }
    return List.of(new ActorRef(name.toString(), null));
  }

  /** The lemmas of a noun and the modifier right before it ("central bank"), or "" when there is none. */
  private String twoWords(int node) {
    Dependency before = node > 0 ? a.head(node - 1) : null;
    boolean modifier = before != null && before.governor() == node
        && (before.relation().equals("amod") || before.relation().equals("compound"));
    return modifier ? a.tokens().get(node - 1).lemma() + " " + a.tokens().get(node).lemma() : "";
  }

  /** A person or organisation mention without an actor code over the span, or null. */
  private EntityMention named(int start, int end) {
    for (EntityMention e : entities) {
      if (e.actor() == null && NAMED.contains(e.type()) && e.start() <= start && e.end() >= end) {
        return e;
      }
    }
    return null;
  }

  /**
   * The tokens of a node's noun phrase in order, without clauses attached to it ("the envoy who
   * met Iran": not Iran) and without coordinated phrases (those are actors of their own).
   */
  private List<Integer> phrase(int node) {
    List<Integer> out = new ArrayList<>();
    List<Integer> todo = new ArrayList<>(List.of(node));
    while (!todo.isEmpty() && out.size() < 200) {
      int t = todo.remove(todo.size() - 1);
      out.add(t);
      for (Dependency d : a.children(t)) {
        if (!CLAUSAL.contains(d.relation().split(":")[0]) && !cuts(d)) {
          todo.add(d.dependent());
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * True when an arc leads from a noun naming others by their relation to someone to that someone:
   * every dependent of "allies", "critics", "neighbours"; the possessor or "of" complement of a noun
   * with a relational modifier ("Afghanistan's neighbouring countries").
   */
  private boolean cuts(Dependency d) {
    Token t = a.tokens().get(d.governor());
    if (!t.pos().startsWith("NN")) {
      return false;
    }
    if (RELATIONAL.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    if (!d.relation().startsWith("nmod")) {
      return false;
    }
    return Parses.children(a, d.governor(), "amod").stream()
        .anyMatch(m -> RELATIONAL_MODIFIERS.contains(a.tokens().get(m).word().toLowerCase(java.util.Locale.ROOT)));
  }

  /** True when a token lies beyond a relational arc on its way up to the node. */
  private boolean underRelational(int token, int node) {
    int t = token;
    for (int hops = 0; t != node && hops < 50; hops++) {
      Dependency d = a.head(t);
      if (d == null || d.governor() < 0) {
        return false;
      }
      if (cuts(d)) {
        return true;
      }
      t = d.governor();
    }
    return false;
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
