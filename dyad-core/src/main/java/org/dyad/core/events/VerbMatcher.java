package org.dyad.core.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.nlp.Parses;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;

/** Looks up the patterns of a verb in a lexicon, given the lemmas of its object and the prepositions of its complements. */
record VerbMatcher(VerbLexicon verbs) {
  /** The patterns of a verb given its object (or passive subject) and oblique phrases. */
  List<VerbPattern> patterns(Annotation a, int verb, int object) {
    Set<String> objects = new HashSet<>();
    Set<String> preps = new HashSet<>();
    collect(a, verb, objects, preps);
    if (object >= 0) {
      objects.add(lower(a, object));
      collect(a, object, objects, preps);
    }
    return verbs.match(a, verb, objects, preps);
  }

  /** The patterns of a complement act ("to hold talks"), with its own object; empty when it is no verb of the lexicon. */
  List<VerbPattern> act(Annotation a, int act) {
    return verbs.hasVerb(a, act) ? patterns(a, act, Roles.object(a, act)) : List.of();
  }

  /**
   * Object lemmas (with their adjectives) and the prepositions of oblique phrases under a node, also
   * the mark of a clause with its own subject ("called on X to free", "permission to X to help":
   * CoreNLP's parses), and a particle right before the object, which CoreNLP may take for the
   * preposition of that object ("called on Brazil to help": "on" a particle, Brazil the object).
   * The noun of an oblique phrase and its modifiers count as object lemmas written with their
   * preposition ("went on hunger strike": {@code on:strike}, {@code on:hunger}; "the state of
   * emergency": {@code of:emergency}), so a pattern can name an event noun that is no direct object.
   */
  /** Nouns of quantity whose "of" complement is what a verb acts on (plurals too: a tagger's NNP keeps them). */
  private static final Set<String> QUANTITIES = Set.of("dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
      "million", "millions", "score", "scores", "number", "lot", "lots", "couple", "pair", "handful", "batch", "series",
      "set", "host", "range", "rest", "most", "some", "all", "many", "several", "tons", "ton", "tonne", "tonnes");

  private static void collect(Annotation a, int node, Set<String> objects, Set<String> preps) {
    for (Dependency d : a.children(node)) {
      String rel = d.relation();
      if (rel.equals("obj") || rel.equals("amod") || rel.equals("compound") || rel.equals("compound:prt")) {
        objects.add(lower(a, d.dependent()));
        objects.add(word(a, d.dependent()));
        if (rel.equals("obj")) {
          partitive(a, d.dependent(), objects);
          String joined = hyphenated(a, d.dependent());
          if (joined != null) {
            objects.add(joined);
          }
        }
        if (rel.equals("compound:prt") && d.dependent() > node && Parses.child(a, node, "obj") > d.dependent()) {
          preps.add(a.tokens().get(d.dependent()).lemma());
        }
      } else if (rel.startsWith("obl") || rel.startsWith("nmod")) {
        int c = Parses.child(a, d.dependent(), "case");
        if (c >= 0 && !Roles.isTime(a, d.dependent())) { // a time is when, never whom
          preps.add(a.tokens().get(c).lemma());
          oblique(a, d.dependent(), lower(a, c), objects);
        }
      }
    }
    preps.addAll(Roles.clauseMarks(a, node));
  }

  /**
   * The noun an object of quantity counts ("returned dozens of artifacts", "freed hundreds of
   * prisoners", "seized a number of weapons") is an object lemma too, with its modifiers.
   */
  private static void partitive(Annotation a, int object, Set<String> objects) {
    int counted = counted(a, object);
    if (counted >= 0) {
      objects.add(lower(a, counted));
      for (Dependency m : a.children(counted)) {
        if (m.relation().equals("amod") || m.relation().equals("compound")) {
          objects.add(lower(a, m.dependent()));
        }
      }
    }
  }

  /**
   * What a noun of quantity counts ("dozens of prisoners": prisoners) or a sum of money is made of
   * ("$5 million in assistance", "2 billion euros of aid": assistance, aid), or -1 when the noun is
   * neither.
   */
  static int counted(Annotation a, int noun) {
    if (noun < 0) {
      return -1;
    }
    boolean money = "$".equals(a.tokens().get(noun).pos()) || "MONEY".equals(a.tokens().get(noun).ner());
    if (!money && !QUANTITIES.contains(lower(a, noun))) {
      return -1;
    }
    for (Dependency d : a.children(noun)) {
      int c = d.relation().startsWith("nmod") ? Parses.child(a, d.dependent(), "case") : -1;
      if (c >= 0 && (lower(a, c).equals("of") || money && lower(a, c).equals("in"))) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The noun of an oblique phrase and its adjectives and compounds as object lemmas "prep:lemma". */
  private static void oblique(Annotation a, int noun, String prep, Set<String> objects) {
    objects.add(prep + ":" + lower(a, noun));
    objects.add(prep + ":" + word(a, noun));
    String joined = hyphenated(a, noun);
    if (joined != null) {
      objects.add(prep + ":" + joined);
    }
    for (Dependency m : a.children(noun)) {
      if (m.relation().equals("amod") || m.relation().equals("compound")) {
        objects.add(prep + ":" + lower(a, m.dependent()));
      }
    }
  }

  /**
   * A noun written with a hyphen that the tokenizer split ("cease-fire": cease, -, fire, "cease" a
   * compound of "fire") as the lexicon writes it, "cease-fire"; null when the noun is no such word.
   */
  private static String hyphenated(Annotation a, int noun) {
    if (noun < 2 || !a.tokens().get(noun - 1).word().equals("-")) {
      return null;
    }
    Dependency left = a.head(noun - 2);
    boolean joined = left != null && left.governor() == noun
        && (left.relation().equals("compound") || left.relation().equals("amod"));
    return joined ? lower(a, noun - 2) + "-" + lower(a, noun) : null;
  }

  /** A token's lemma in lower case, as the patterns write it ("lifted the State of Emergency"). */
  static String lower(Annotation a, int token) {
    return a.tokens().get(token).lemma().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A token's word in lower case: an object lemma too, where CoreNLP's lemma is not the word the
   * lexicon writes (it makes "data" datum and leaves "arms" a plural of arm).
   */
  static String word(Annotation a, int token) {
    return a.tokens().get(token).word().toLowerCase(java.util.Locale.ROOT);
  }
}
