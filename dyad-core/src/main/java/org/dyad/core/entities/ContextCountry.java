package org.dyad.core.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives a titled person without a country ("President Mbeki": GOV) and an unnamed group without one
 * and without an organisation ("the militants": REB, see {@link GroupFinder}) the country of the article: the dateline's country,
 * else the one country the article's other actors all belong to. When the article names actors of
 * several countries and has no dateline, they keep the bare role: a guess there would be wrong as
 * often as right. A title that companies use too ("President Lawrence Perlman", kind {@code shared}
 * in roles.tsv) takes the dateline's country only: without one, the story may be about a firm.
 */
final class ContextCountry {
  private ContextCountry() {}

  static List<Candidate> fill(List<Candidate> chosen, String datelineCountry, RoleLexicon roles) {
    String country = datelineCountry != null ? datelineCountry : onlyCountry(chosen);
    if (country == null) {
      return chosen;
    }
    List<Candidate> out = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      boolean person = c.type().equals("PERSON") || (c.type().equals("GROUP") && c.affiliation() == null);
      boolean shared = datelineCountry == null && c.title() != null && roles.isShared(c.title());
      boolean bare = person && !shared && c.country() == null && c.actor() != null
          && RoleLexicon.ROLES.contains(c.actor());
      out.add(bare ? new Candidate(c.first(), c.end(), c.priority(), c.type(), c.name(), c.title(), c.affiliation(),
          country, country + c.actor(), datelineCountry != null ? "dateline" : "context") : c);
    }
    return out;
  }

  private static String onlyCountry(List<Candidate> chosen) {
    Set<String> countries = new TreeSet<>();
    for (Candidate c : chosen) {
      if (c.actor() != null && c.country() != null) {
        countries.add(c.country());
      }
    }
    return countries.size() == 1 ? countries.iterator().next() : null;
  }
}
