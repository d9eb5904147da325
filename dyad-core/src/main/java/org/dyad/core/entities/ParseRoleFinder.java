package org.dyad.core.entities;

import java.util.List;
import java.util.Set;
import org.dyad.core.entities.RoleLexicon.Kind;
import org.dyad.model.nlp.Dependency;

/**
 * Finds a person's title from the dependency parse when the token sequence does not show it:
 * a title noun linked to the name by {@code appos} or {@code dep} in either direction ("envoy ...
 * Zamir Kabulov" often comes out as {@code dep}), its {@code compound}/{@code amod} modifiers, and
 * its affiliation from {@code nmod:poss}, {@code compound} or {@code nmod} dependents.
 */
final class ParseRoleFinder {
  private static final Set<String> LINKS = Set.of("appos", "dep");
  private static final Set<String> TITLE_PARTS = Set.of("compound", "amod");
  private static final Set<String> AFFILIATIONS = Set.of("nmod:poss", "compound", "nmod", "nmod:of", "amod");
  private final RoleLexicon roles;
  private final AffiliationReader reader;

  ParseRoleFinder(RoleLexicon roles, AffiliationReader reader) {
    this.roles = roles;
    this.reader = reader;
  }

  /** The role read from the parse, or null when the sentence is not parsed or shows none. */
  PersonRole find(TokenText tt, int nameFirst, int nameEnd) {
    List<Dependency> deps = tt.dependencies(nameFirst);
    if (deps.isEmpty()) {
      return null;
    }
    int head = headOf(deps, nameFirst, nameEnd);
    int title = -1;
    for (Dependency d : deps) {
      if (!LINKS.contains(d.relation())) {
        continue;
      }
      int other = d.dependent() == head ? d.governor() : d.governor() == head ? d.dependent() : -1;
      if (other >= 0 && other < tt.size() && (other < nameFirst || other >= nameEnd) && isTitle(tt, other)) {
        title = other;
        break;
      }
    }
    if (title < 0) {
      return null;
    }
    int ts = title;
    int te = title + 1;
    boolean former = false;
    Affiliation aff = null;
    for (Dependency d : deps) {
      int c = d.dependent();
      if (d.governor() != title || c < 0 || c >= tt.size()) {
        continue;
      }
      if (TITLE_PARTS.contains(d.relation()) && roles.isRoleWord(tt, c) && c < title) {
        ts = Math.min(ts, c);
        RoleLexicon.Role r = roles.get(tt.word(c));
        former |= r != null && "ELI".equals(r.role());
      } else if (AFFILIATIONS.contains(d.relation()) && aff == null) {
        aff = affiliationAt(tt, c);
      }
    }
    RoleLexicon.Role role = roles.get(tt.text(ts, te));
    String code = role != null && role.role() != null ? role.role() : roleOf(tt, title);
    int first = aff != null && aff.end() <= ts && ts < nameFirst && te == nameFirst ? aff.first() : nameFirst;
    return PersonRole.of(first, nameFirst, tt.text(ts, te), code, former, aff);
  }

  private boolean isTitle(TokenText tt, int i) {
    RoleLexicon.Role r = roles.get(tt.word(i));
    return r != null && r.kinds().contains(Kind.TITLE);
  }

  private String roleOf(TokenText tt, int i) {
    RoleLexicon.Role r = roles.get(tt.word(i));
    return r == null ? null : r.role();
  }

  /** The affiliation covering token {@code c}: a known phrase or an organisation around it. */
  private Affiliation affiliationAt(TokenText tt, int c) {
    int floor = Math.max(tt.sentenceStart(c), c - 8);
    for (int end = Math.min(tt.sentenceEnd(c), c + 8); end > c; end--) {
      Affiliation a = reader.endingAt(tt, end, floor);
      if (a != null && a.first() <= c) {
        return a;
      }
    }
    return null;
  }

  /** The name token whose governor lies outside the name (the last token when none does). */
  private static int headOf(List<Dependency> deps, int first, int end) {
    for (Dependency d : deps) {
      if (d.dependent() >= first && d.dependent() < end && (d.governor() < first || d.governor() >= end)) {
        return d.dependent();
      }
    }
    return end - 1;
  }
}
