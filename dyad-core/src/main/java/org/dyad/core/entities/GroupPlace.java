package org.dyad.core.entities;

import static org.dyad.core.entities.GazetteerEntry.Kind;

import java.util.List;
import java.util.Set;
import org.dyad.model.nlp.Dependency;

/**
 * The country a post-modifier gives a group noun or an unnamed title: "dissidents from Myanmar",
 * "police in Karachi", "students at a university in Nairobi", "the mayor of Kandahar". Read from the
 * dependency parse: an {@code nmod} of the noun (or of such an nmod, two steps at most) whose
 * {@code case} is one of the prepositions below and whose words are a country, capital or known
 * place, or whose {@code compound}/{@code amod} modifier is one ("the mayor of the southern Afghan
 * city", "the governor of the northern West Bank town"; a demonym counts there); else (no parse, or a
 * parse that hangs the place elsewhere) "PREP (the) PLACE" right after the noun. The geocoder's much
 * larger gazetteer (org.dyad.core.places) is not consulted: it decorates the entity stage's output and
 * depends on this package, so reaching it from here would turn the wiring around.
 *
 * <p>Which prepositions count depends on the role. "from" and "of" say whose group it is for every
 * role ("troops from Chad"); "in", "at" and "inside" say only where it is, which is whose it is for
 * groups that are local by nature (police, protesters, civilians, students, rebels...) but not for
 * troops, officials, diplomats, refugees or journalists, who are often abroad ("diplomats in Kabul").
 * A title without a name takes "of" only ("the mayor of Kandahar"; "the ambassador in Kabul" is not
 * Afghan). A group without a role (prisoners, hostages: held by someone) takes "from" only.
 */
final class GroupPlace {
  /** Prepositions that say whose a group is. */
  static final Set<String> OWNING = Set.of("from", "of");
  /** Dependency relations of a modifier before a noun. */
  static final Set<String> MODIFYING = Set.of("compound", "amod");
  /** Owning and locative prepositions, for groups local by nature. */
  private static final Set<String> OWNING_OR_LOCATIVE = Set.of("from", "of", "in", "at", "inside");
  /** Roles whose members are usually of the country they are in. */
  private static final Set<String> LOCAL_ROLES = Set.of("COP", "OPP", "CVL", "EDU", "REB", "LEG", "JUD",
      "REL", "LAB", "HLH", "BUS", "AGR", "UAF");
  private static final int MAX_HOPS = 2;
  /** Words that relate a possessor to others: its neighbours, allies, rivals are not it. */
  private static final Set<String> RELATIONAL = Set.of("neighbouring", "neighboring", "neighbours", "neighbors",
      "neighbour", "neighbor", "allied", "allies", "ally", "partners", "partner", "rivals", "rival", "enemies",
      "enemy", "foes", "critics", "opponents", "adversaries");
  private final Gazetteer gazetteer;

  GroupPlace(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The prepositions that give a group of {@code role} a country; a title takes "of" only. */
  static Set<String> prepositions(String role, boolean title) {
    if (title) {
      return Set.of("of");
    }
    if (role == null) {
      return Set.of("from");
    }
    if (!LOCAL_ROLES.contains(role)) {
      return OWNING;
    }
    return OWNING_OR_LOCATIVE;
  }

  /**
   * The place after the noun at token {@code head} as an affiliation over the place's tokens (its
   * {@code first} is the place's first token), or null. Nothing between the noun and the place may be
   * a person or an organisation the annotator found.
   */
  Affiliation after(TokenText tt, int head, Set<String> preps) {
    List<Dependency> deps = tt.dependencies(head);
    Gazetteer.Match m = deps.isEmpty() ? null : viaParse(tt, deps, head, preps, 0);
    if (m == null) {
      m = adjacent(tt, head + 1, preps);
    }
    if (m == null || !clear(tt, head + 1, m.first())) {
      return null;
    }
    return new Affiliation(m.first(), m.end(), m.entry().name(), m.entry().country(), m.entry().country(), false);
  }

  private Gazetteer.Match viaParse(TokenText tt, List<Dependency> deps, int node, Set<String> preps, int hops) {
    for (Dependency d : deps) {
      int c = d.dependent();
      if (d.governor() != node || c <= node || !isNmod(d.relation()) || !preps.contains(caseOf(tt, deps, c))) {
        continue;
      }
      Gazetteer.Match m = placeCovering(tt, c);
      if (m != null) {
        return m;
      }
      if (hops + 1 < MAX_HOPS) {
        m = viaParse(tt, deps, c, preps, hops + 1);
        if (m != null) {
          return m;
        }
      }
      m = modifierOf(tt, deps, c);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /**
   * A place or demonym the parse hangs on the nmod noun {@code c} as {@code compound} or {@code amod}
   * ("the mayor of the southern Afghan city", "the governor of the northern West Bank town"), as a
   * match that runs to the end of that noun so the group's span covers it.
   */
  private Gazetteer.Match modifierOf(TokenText tt, List<Dependency> deps, int c) {
    for (Dependency d : deps) {
      if (d.governor() != c || d.dependent() >= c || !MODIFYING.contains(d.relation())) {
        continue;
      }
      Gazetteer.Match m = covering(tt, d.dependent(), true);
      if (m != null && m.end() <= c) {
        return new Gazetteer.Match(m.first(), c + 1, m.entry());
      }
    }
    return null;
  }

  private static boolean isNmod(String relation) {
    return relation.equals("nmod") || (relation.startsWith("nmod:") && !relation.equals("nmod:poss")
        && !relation.equals("nmod:tmod") && !relation.equals("nmod:npmod"));
  }

  private static String caseOf(TokenText tt, List<Dependency> deps, int node) {
    for (Dependency d : deps) {
      if (d.governor() == node && d.relation().equals("case") && d.dependent() < node) {
        return tt.lower(d.dependent());
      }
    }
    return "";
  }

  /** "PREP X" or "PREP the X" starting at {@code at}, X a place; for sentences without a parse. */
  private Gazetteer.Match adjacent(TokenText tt, int at, Set<String> preps) {
    if (at >= tt.size() || !preps.contains(tt.lower(at))) {
      return null;
    }
    int c = at + 1 < tt.size() && tt.lower(at + 1).equals("the") ? at + 2 : at + 1;
    Gazetteer.Match m = c < tt.size() ? gazetteer.longestAt(tt, c, tt.sentenceEnd(c)) : null;
    return m != null && isPlace(m.entry().kind()) && !relationalPossessor(tt, m.end()) ? m : null;
  }

  /**
   * True when the place ending before {@code end} owns a relation ("ministers of Brazil's neighbouring
   * countries", "envoys of Kenya's allies"): the group is of the related countries, not of the place.
   * "an official of Inner Mongolia's disease centre" is the place's.
   */
  private static boolean relationalPossessor(TokenText tt, int end) {
    if (end + 1 >= tt.size() || !Set.of("'s", "\u2019s", "'").contains(tt.lower(end))) {
      return false;
    }
    for (int i = end + 1; i < Math.min(tt.sentenceEnd(end), end + 3); i++) {
      if (RELATIONAL.contains(tt.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** The longest country, capital or place whose words include token {@code t}, or null. */
  private Gazetteer.Match placeCovering(TokenText tt, int t) {
    return covering(tt, t, false);
  }

  /** The longest place (or demonym, when {@code demonym}) whose words include token {@code t}, or null. */
  private Gazetteer.Match covering(TokenText tt, int t, boolean demonym) {
    int limit = tt.sentenceEnd(t);
    for (int first = Math.max(tt.sentenceStart(t), t - 4); first <= t; first++) {
      Gazetteer.Match m = gazetteer.longestAt(tt, first, limit);
      if (m != null && m.end() > t && (isPlace(m.entry().kind()) || (demonym && m.entry().kind() == Kind.DEMONYM))) {
        return m;
      }
    }
    return null;
  }

  private static boolean isPlace(Kind kind) {
    return kind == Kind.COUNTRY || kind == Kind.CAPITAL || kind == Kind.PLACE;
  }

  private static boolean clear(TokenText tt, int from, int to) {
    for (int i = from; i < to; i++) {
      String ner = tt.ner(i);
      if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
        return false;
      }
    }
    return true;
  }
}
