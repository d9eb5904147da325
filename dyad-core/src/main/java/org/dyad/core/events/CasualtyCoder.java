package org.dyad.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.dating.VerbDater;
import org.dyad.core.nlp.Parses;
import org.dyad.model.ActorRef;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Token;

/**
 * Deaths and wounds in an attack that a noun names: "were killed in Turkish shelling", "died in an
 * air strike by government forces", "were wounded in a rocket attack by the rebels", or that does the
 * killing itself ("Turkish shelling killed five villagers"). The source is the attacker the noun
 * names (its "by" complement, possessor or actor modifier), else the verb's "by" agent, else unknown
 * ("killed in a suicide bombing"); the target is the victims (the passive subject, the subject of
 * "die", the object of an active verb) when they are an actor (a group named by its role alone takes
 * the country of the place), else the country of the place it happened ("in Herat"); the code is the
 * kind of attack the noun names in {@code noun-patterns.tsv} (shelling 194, air strike 195, attack
 * 190), whatever its preposition. The modality is that of the verb.
 */
final class CasualtyCoder {
  /** Verbs of death or wounds whose victim is the (passive) subject. */
  private static final Set<String> HARMED = Set.of("kill", "wound", "injure", "die", "hurt", "maim");
  /**
   * Victims that are non-combatants by the noun that names them (CAMEO's CVL): a count of people,
   * civilians, children, women, villagers and the like; a "man" or "soldier" says nothing of it.
   */
  private static final Set<String> NON_COMBATANTS = Set.of("people", "person", "civilian", "child", "children", "woman",
      "women", "boy", "girl", "baby", "infant", "villager", "resident", "worshipper", "worshiper", "pilgrim", "farmer",
      "shepherd", "passenger", "bystander", "family", "schoolchild", "schoolchildren");
  private static final String CIVILIANS = "CVL";
  /** Prepositions of the attack noun under the verb. */
  private static final Set<String> IN = Set.of("in", "during", "by");
  private final VerbDictionary nouns;
  private final Events events;

  CasualtyCoder(VerbDictionary nouns, Events events) {
    this.nouns = nouns;
    this.events = events;
  }

  List<Event> code(CleanedArticle article, Annotation a, ActorFinder actors, List<DateMention> dates, List<Quote> quotes) {
    List<Event> out = new ArrayList<>();
    for (Token t : a.tokens()) {
      int noun = Parses.isVerb(t) ? attackNoun(a, t.index()) : -1;
      if (noun >= 0) {
        codeCasualty(article, a, t.index(), noun, actors, dates, quotes, out);
      }
    }
    return out;
  }

  /**
   * The attack noun under a verb of death or wounds with a victim ("killed in shelling"), else -1. The
   * verb-pattern coder leaves such a verb to this one.
   */
  int attackNoun(Annotation a, int verb) {
    if (!HARMED.contains(a.tokens().get(verb).lemma()) || victim(a, verb) < 0) {
      return -1;
    }
    for (Dependency d : a.children(verb)) {
      int c = d.relation().startsWith("obl") ? Parses.child(a, d.dependent(), "case") : -1;
      if (c >= 0 && IN.contains(a.tokens().get(c).lemma()) && noun(a, d.dependent()) >= 0) {
        return d.dependent();
      }
    }
    int subject = Parses.child(a, verb, "nsubj");
    return subject >= 0 && !a.tokens().get(verb).lemma().equals("die") && noun(a, subject) >= 0 ? subject : -1;
  }

  private void codeCasualty(CleanedArticle article, Annotation a, int verb, int phrase, ActorFinder actors,
      List<DateMention> dates, List<Quote> quotes, List<Event> out) {
    int attack = noun(a, phrase);
    int attacker = attack == phrase ? NounEventCoder.source(a, attack, -1) : phrase;
    List<ActorRef> sources = actors.actors(attacker);
    if (sources.isEmpty()) {
      sources = actors.actors(byAgent(a, verb, phrase));
    }
    List<ActorRef> targets = actors.actors(victim(a, verb));
    List<ActorRef> scene = actors.placeIn(place(a, verb, phrase, attack));
    if (!scene.isEmpty() && scene.get(0).actor().length() == 3) {
      String country = scene.get(0).actor();
      targets = targets.stream().map(r -> actors.roleOnly(r) ? new ActorRef(r.name(), country + r.actor()) : r).toList();
    }
    if (targets.isEmpty()) {
      targets = scene;
      if (civilians(a, victim(a, verb))) {
        targets = targets.stream().filter(r -> r.actor() != null && r.actor().length() == 3)
            .map(r -> new ActorRef(r.name() + " civilians", r.actor() + CIVILIANS)).toList();
      }
    }
    if (sources.isEmpty() && targets.isEmpty()) {
      return;
    }
    if (sources.isEmpty()) {
      sources = List.of(ActorRef.unknown()); // "killed in a suicide bombing": the attacker is not named
    }
    String code = kind(a, attack).orElseThrow().code();
    VerbDater.Dated date = VerbDater.date(article, a, verb, dates);
    events.addEach(sources, targets, code, date, Modalities.of(a, verb, quotes), Events.subtreeSpan(a, verb), out);
  }

  /**
   * The attack noun of a phrase: its head, else a modifier of it, as CoreNLP parses "in Turkish
   * shelling" (the adjective the head, "shelling" a participle or clause under it); -1 if none.
   */
  private int noun(Annotation a, int phrase) {
    if (kind(a, phrase).isPresent()) {
      return phrase;
    }
    for (Dependency d : a.children(phrase)) {
      boolean modifier = d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("acl");
      if (modifier && kind(a, d.dependent()).isPresent()) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * The attack or use of force a noun names (roots 18 to 20), by its lemma or word (a gerund's lemma
   * is its verb's: "shelling" is "shell") and its modifiers.
   */
  private Optional<VerbPattern> kind(Annotation a, int noun) {
    Token t = a.tokens().get(noun);
    if (!t.pos().startsWith("NN") && !t.pos().equals("VBG")) {
      return Optional.empty();
    }
    Set<String> modifiers = new java.util.HashSet<>();
    for (Dependency d : a.children(noun)) {
      modifiers.add(a.tokens().get(d.dependent()).lemma());
    }
    Optional<VerbPattern> kind = nouns.kindOf(t.lemma(), modifiers);
    if (kind.isEmpty()) {
      kind = nouns.kindOf(t.word().toLowerCase(java.util.Locale.ROOT), modifiers);
    }
    return kind.filter(p -> p.code().compareTo("18") >= 0);
  }

  /**
   * Whether the victims are named as non-combatants ("four children and a man", "twelve people"),
   * so that with no actor of their own they are the civilians of the place it happened.
   */
  private static boolean civilians(Annotation a, int victim) {
    return victim >= 0 && NON_COMBATANTS.contains(a.tokens().get(victim).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /** The victims: the subject of "die", the passive subject, else the object of the active verb; -1 if none. */
  private static int victim(Annotation a, int verb) {
    if (a.tokens().get(verb).lemma().equals("die")) {
      return Parses.child(a, verb, "nsubj");
    }
    int passive = Parses.child(a, verb, "nsubj:pass");
    return passive >= 0 ? passive : Parses.child(a, verb, "obj");
  }

  /** The verb's own "by" agent other than the attack noun ("killed in shelling by the army"), or -1. */
  private static int byAgent(Annotation a, int verb, int noun) {
    int agent = Roles.oblique(a, verb, "by");
    return agent == noun ? -1 : agent;
  }

  /**
   * A place under "in" or "near" of the attack's phrase, of its noun or of the verb, other than the
   * phrase ("shelling in Herat"), or -1.
   */
  private static int place(Annotation a, int verb, int noun, int attack) {
    for (int node : new int[] {noun, attack, verb}) {
      for (Dependency d : a.children(node)) {
        int c = d.relation().startsWith("obl") || d.relation().startsWith("nmod") ? Parses.child(a, d.dependent(), "case") : -1;
        if (d.dependent() != noun && c >= 0 && a.tokens().get(c).lemma().matches("in|near")) {
          return d.dependent();
        }
      }
    }
    return -1;
  }
}
