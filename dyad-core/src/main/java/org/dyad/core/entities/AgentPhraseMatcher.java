package org.dyad.core.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.entities.GazetteerEntry.Kind;

/**
 * Noun phrases around an agent from a user's PETRARCH/TABARI agent dictionary, coded the way those
 * dictionaries are written for: the phrase's actor with every agent's code joined to it. The actor
 * stands before the agent ("Ruritania's palace guards", "the Ruritanian main opposition party"), right
 * after it ("Bishop Hentzau", where the dictionary codes the name), or after "of", "in" or "from"
 * ("the government of Ruritania", "dissidents in Ruritania"). Codes are joined as the dictionary says
 * ({@code ~GOV} after the actor's code, {@code NGO~} before it); a three-letter block the code already
 * has is not added again ({@code RURGOV} with {@code ~GOV} stays {@code RURGOV}); "former" makes the
 * agents' codes {@code ELI}, as in TABARI. An agent with no actor in its phrase gives nothing here.
 */
final class AgentPhraseMatcher {
  private static final Set<String> LINKS = Set.of("of", "in", "from");
  private static final Set<Kind> ACTORS_AFTER = Set.of(Kind.COUNTRY, Kind.CAPITAL, Kind.SEAT, Kind.ORG, Kind.PERSON);
  private static final int MAX_SKIPPED = 3;
  private final EntityDictionaries dictionaries;
  private final AffiliationReader reader;

  AgentPhraseMatcher(EntityDictionaries dictionaries, AffiliationReader reader) {
    this.dictionaries = dictionaries;
    this.reader = reader;
  }

  /** One candidate for each agent that has an actor in its phrase. */
  List<Candidate> match(TokenText tt) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < tt.size(); i++) {
      RoleLexicon.Match g = agentAt(tt, i, tt.sentenceEnd(i));
      Candidate c = g == null ? null : phrase(tt, g);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private RoleLexicon.Match agentAt(TokenText tt, int first, int limit) {
    RoleLexicon.Match g = dictionaries.roles().longestAt(tt, first, limit, RoleLexicon.Kind.GROUP);
    return g != null && g.role().isAgent() && g.role().role() != null ? g : null;
  }

  private Candidate phrase(TokenText tt, RoleLexicon.Match g) {
    AgentPhrase p = new AgentPhrase(g);
    readLeft(tt, p);
    readRight(tt, p);
    if (p.actor == null) {
      shareActor(tt, p);
    }
    if (p.actor == null) {
      return null;
    }
    String code = p.code();
    String name = p.actorName(dictionaries) + " " + PhraseKey.of(tt.text(g.first(), g.end()));
    return new Candidate(p.first, p.end, Candidate.AGENT, "GROUP", name, null, null, p.country, code);
  }

  /**
   * An agent coordinated with another that has an actor shares it: "Ruritanian bishops and
   * harbour masters" (the actor and the agents before it), "bishops and harbour masters in Ruritania"
   * (the actor after it). The mention keeps the agent's own words.
   */
  private void shareActor(TokenText tt, AgentPhrase p) {
    int floor = tt.sentenceStart(p.first);
    int limit = tt.sentenceEnd(p.first);
    if (p.first - 2 >= floor && isCoordination(tt, p.first - 1)) {
      RoleLexicon.Match other = dictionaries.roles().lastIn(tt, Math.max(floor, p.first - 5), p.first - 1,
          RoleLexicon.Kind.GROUP);
      if (other != null && other.end() == p.first - 1 && other.role().isAgent()) {
        AgentPhrase sibling = new AgentPhrase(other);
        readLeft(tt, sibling);
        p.shareLeft(sibling);
      }
    }
    if (p.actor == null && p.end + 1 < limit && isCoordination(tt, p.end)) {
      RoleLexicon.Match other = agentAt(tt, p.end + 1, limit);
      if (other != null) {
        AgentPhrase sibling = new AgentPhrase(other);
        readRight(tt, sibling);
        p.shareRight(sibling);
      }
    }
  }

  private static boolean isCoordination(TokenText tt, int i) {
    String w = tt.lower(i);
    return w.equals("and") || w.equals("or");
  }

  /** Agents, "former", adjectives and one actor before the agent: "Ruritania's former chief bishop". */
  private void readLeft(TokenText tt, AgentPhrase p) {
    int floor = tt.sentenceStart(p.first);
    int skipped = 0;
    while (p.first > floor) {
      int j = p.first;
      RoleLexicon.Match other = dictionaries.roles().lastIn(tt, Math.max(floor, j - 4), j, RoleLexicon.Kind.GROUP);
      Affiliation a = p.actor == null ? reader.endingAt(tt, j, floor) : null;
      if (tt.lower(j - 1).equals("former")) {
        p.former = true;
        p.first = j - 1;
      } else if (other != null && other.end() == j && other.role().isAgent()) {
        p.left.add(0, other.role());
        p.first = other.first();
      } else if (a != null && a.actor() != null) {
        p.setActor(a.actor(), a.country(), a.name());
        p.first = a.first();
      } else if (p.actor == null && skipped < MAX_SKIPPED && (isModifier(tt, j - 1) || joinsModifiers(tt, j - 1, floor))) {
        skipped++;
        p.first = j - 1;
      } else {
        return;
      }
    }
  }

  /** "and" or a comma between two adjectives: "Ruritania's old and new bishops". */
  private static boolean joinsModifiers(TokenText tt, int i, int floor) {
    String w = tt.lower(i);
    return (w.equals("and") || w.equals(",")) && i - 1 >= floor && isAdjective(tt, i - 1) && isAdjective(tt, i + 1);
  }

  /** An adjective or role word between an actor and its agent ("main", "chief"), never a name. */
  private boolean isModifier(TokenText tt, int i) {
    return isAdjective(tt, i) || (dictionaries.roles().isRoleWord(tt, i) && !tt.isPunctuation(i));
  }

  private static boolean isAdjective(TokenText tt, int i) {
    String pos = tt.annotation().tokens().get(i).pos();
    return pos != null && pos.startsWith("JJ") && !tt.isCapitalised(i);
  }

  /**
   * Agents and an actor after the agent: "bishops of Ruritania", "Bishop Hentzau", "a relief agency
   * Ruritania". A group noun of Dyad's own after the agent joins the phrase but adds no code, as
   * PETRARCH codes only what its dictionaries name.
   */
  private void readRight(TokenText tt, AgentPhrase p) {
    int limit = tt.sentenceEnd(p.end);
    while (p.end < limit) {
      RoleLexicon.Match other = dictionaries.roles().longestAt(tt, p.end, limit, RoleLexicon.Kind.GROUP);
      if (other != null) {
        if (other.role().isAgent() && other.role().role() != null) {
          p.right.add(other.role());
        }
        p.end = other.end();
        continue;
      }
      if (p.actor != null && !p.actorFromLeft) {
        return;
      }
      boolean link = LINKS.contains(tt.lower(p.end));
      if (link && p.actor != null) {
        return;
      }
      int c = link ? p.end + 1 : p.end;
      c = link && c < limit && tt.lower(c).equals("the") ? c + 1 : c;
      Gazetteer.Match m = c < limit ? dictionaries.gazetteer().longestAt(tt, c, limit) : null;
      if (m == null || !ACTORS_AFTER.contains(m.entry().kind()) || m.entry().actor() == null) {
        return;
      }
      if (p.actor == null) {
        p.setActor(m.entry().actor(), m.entry().country(), m.entry().name());
      }
      p.actorFromLeft = false;
      p.end = m.end();
    }
  }
}
