package org.dyad.core.entities;

import java.util.Set;
import org.dyad.core.entities.RoleLexicon.Kind;

/**
 * Finds a person's title, affiliation and country from the words before the name ("Kremlin
 * spokesman Dmitry Peskov", "Russia's special envoy for Afghanistan Zamir Kabulov") or from an
 * appositive after it ("Sayed Eshaq Gailani, chairman of the X party,"). When the token sequence
 * says nothing and the sentence is parsed, {@link ParseRoleFinder} reads the dependency arcs.
 */
final class PersonRoleFinder {
  private static final Set<String> ZONE_WORDS = Set.of("of", "for", "the", "'s", "'", "s'", "-", "to", "and");
  private static final Set<String> LEADING_JUNK = Set.of("of", "for", "the", "'s", "'", "s'", "-", "to", "and");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "his", "her", "their");
  private static final Set<String> BREAKS = Set.of(",", ".", ";", ":", "(", ")", "\"", "\u201C", "\u201D",
      "!", "?", "-LRB-", "-RRB-", "--", "\u2014", "\u2013");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "while", "as", "with");
  private static final int APPOSITIVE_WINDOW = 14;
  /** Verbs that give the person after them the role after "as": "appointed X as ambassador", "named X as minister". */
  private static final Set<String> CHOOSING = Set.of("appointed", "named", "nominated", "elected", "re-elected",
      "chose", "picked", "designated", "installed", "confirmed", "appoint", "name", "nominate", "appoints", "names",
      "nominates", "tapped", "approved");
  /** Words before "as" that give a person a role: "sworn in as", "elected as", "took office as". */
  private static final Set<String> BECOMING = Set.of("in", "elected", "re-elected", "appointed", "named",
      "installed", "confirmed", "nominated", "serves", "served", "serving", "office", "inaugurated");
  private final RoleLexicon roles;
  private final AffiliationReader reader;
  private final ParseRoleFinder parse;

  PersonRoleFinder(EntityDictionaries dictionaries, AffiliationReader reader) {
    this.roles = dictionaries.roles();
    this.reader = reader;
    this.parse = new ParseRoleFinder(dictionaries.roles(), reader);
  }

  /** The role of the person named by tokens {@code [nameFirst, nameEnd)}; never null. */
  PersonRole find(TokenText tt, int nameFirst, int nameEnd) {
    PersonRole left = before(tt, nameFirst);
    PersonRole right = appositive(tt, nameFirst, nameEnd);
    PersonRole found = left != null ? left : right;
    if (found == null || found.title() == null) {
      PersonRole parsed = parse.find(tt, nameFirst, nameEnd);
      found = found == null ? parsed : found.orElse(parsed);
    }
    if (found == null || found.country() == null) {
      PersonRole becomes = predicative(tt, nameFirst, nameEnd);
      found = found == null ? becomes : found.inCountryOf(becomes);
    }
    if (found != null && found.title() != null && found.country() == null && found.affiliation() == null) {
      found = found.inCountryOf(ofCountryAfter(tt, nameEnd));
    }
    if (found != null && found.title() != null && found.country() == null && found.affiliation() == null) {
      PersonRole org = ofOrganisationAfter(tt, nameEnd, found);
      found = org != null ? org : found;
    }
    if (found != null && found.country() == null && found.affiliation() == null && found.title() != null
        && roles.isShared(found.title()) && businessNear(tt, found.first(), nameFirst, nameEnd)) {
      found = new PersonRole(found.first(), found.nameFirst(), found.title(), null, null, "BUS");
    }
    return found != null ? found : new PersonRole(nameFirst, nameFirst, null, null, null, null);
  }

  /**
   * "of <organisation>" right after a titled name ("President Ana Ruiz of Lumen Motors"): the title is
   * the organisation's, and an organisation no dictionary codes says nothing of the role (no GOV), as
   * a title before "of" does; null when no organisation follows.
   */
  private PersonRole ofOrganisationAfter(TokenText tt, int nameEnd, PersonRole p) {
    if (nameEnd >= tt.size() || !tt.lower(nameEnd).equals("of")) {
      return null;
    }
    Affiliation a = complement(tt, nameEnd + 1, tt.sentenceEnd(nameEnd));
    if (a == null || !a.institution()) {
      return null;
    }
    return new PersonRole(p.first(), p.nameFirst(), p.title(), a.name(), a.country(),
        a.actor() == null ? null : a.actorFor(p.actor()));
  }

  /**
   * True when a company noun stands in the few words before the mention, in its title ("Bank
   * spokesman X"; not inside a longer role phrase of another role, "Central Bank spokesman") or in the
   * clause after the name ("the firm's president X", "X, chief executive of the carmaker,"): a title
   * companies share with governments then names a company's officer, BUS.
   */
  private boolean businessNear(TokenText tt, int first, int nameFirst, int nameEnd) {
    int floor = Math.max(tt.sentenceStart(first), first - 4);
    for (int i = floor; i < nameFirst; i++) {
      if (isBusinessWord(tt, i) && !insideOtherRole(tt, floor, i)) {
        return true;
      }
    }
    if (nameEnd >= tt.size() || !tt.word(nameEnd).equals(",")) {
      return false;
    }
    int limit = Math.min(tt.sentenceEnd(nameEnd), nameEnd + APPOSITIVE_WINDOW);
    for (int i = nameEnd + 1; i < limit && !BREAKS.contains(tt.word(i)); i++) {
      if (isBusinessWord(tt, i)) {
        return true;
      }
    }
    return false;
  }

  /** True when a role phrase of another role than BUS ends at {@code i} and starts before it ("central bank" GOV). */
  private boolean insideOtherRole(TokenText tt, int floor, int i) {
    for (int j = Math.max(floor, i - 3); j < i; j++) {
      RoleLexicon.Role r = roles.get(tt.text(j, i + 1));
      if (r != null && r.role() != null && !"BUS".equals(r.role())) {
        return true;
      }
    }
    return false;
  }

  private boolean isBusinessWord(TokenText tt, int i) {
    RoleLexicon.Role r = roles.get(tt.word(i));
    return r != null && "BUS".equals(r.role()) && (r.kinds().contains(Kind.HEAD) || r.kinds().contains(Kind.GROUP));
  }

  /**
   * "of <country>" right after a titled name ("President Lena Holm of Norway", "King Hussein of
   * Jordan") as a role with only that country, or null.
   */
  private PersonRole ofCountryAfter(TokenText tt, int nameEnd) {
    Affiliation of = reader.countryOfAfter(tt, nameEnd);
    return of == null ? null : new PersonRole(nameEnd, nameEnd, null, null, of.country(), null);
  }

  /** A title right before the name, with what it belongs to. */
  PersonRole before(TokenText tt, int nameFirst) {
    int floor = tt.sentenceStart(nameFirst);
    int z = nameFirst;
    while (z > floor && inZone(tt, z - 1)) {
      z--;
    }
    while (z < nameFirst && LEADING_JUNK.contains(tt.lower(z))) {
      z++;
    }
    RoleLexicon.Match role = roles.lastIn(tt, z, nameFirst, Kind.TITLE);
    if (role == null) {
      return null;
    }
    int titleEnd = role.end();
    int namePart = nameFirst;
    Affiliation of = null;
    if (role.end() < nameFirst) {
      String w = tt.lower(role.end());
      if (w.equals("of") || w.equals("for") || w.equals("to")) {
        of = complement(tt, role.end() + 1, nameFirst);
        if (of == null || !(of.institution() || w.equals("of"))) {
          titleEnd = nameFirst;
          of = null;
        }
      } else if (allNameLike(tt, role.end(), nameFirst)) {
        namePart = role.end();
      } else {
        return null;
      }
    }
    int ts = coordinatedTitles(tt, extendOverModifiers(tt, role.first(), z), z);
    boolean former = hasFormer(tt, ts, role.first());
    Affiliation pre = reader.endingAt(tt, ts, z);
    int first = pre != null ? pre.first() : ts;
    String title = tt.text(ts, titleEnd);
    if (pre != null && pre.first() > z && isFormer(tt, pre.first() - 1)) {
      first = pre.first() - 1;
      former = true;
      title = tt.word(first) + " " + title;
    }
    Affiliation aff = pre;
    if (of != null && (pre == null || of.institution())) {
      aff = pre == null || of.country() != null ? of : withCountry(of, pre.country());
    }
    return PersonRole.of(first, namePart, title, role.role().role(), former, aff);
  }

  /** An appositive after the name: ", chairman of the X party," or ", the Taliban spokesman,". */
  PersonRole appositive(TokenText tt, int nameFirst, int nameEnd) {
    if (nameEnd >= tt.size() || !tt.word(nameEnd).equals(",")) {
      return null;
    }
    return roleFrom(tt, nameFirst, nameEnd + 1);
  }

  /**
   * A role the clause gives the person later in the sentence: "X, a cleric, will be sworn in as
   * Iran's president", "X was elected as the party's chairman", or the role a verb of choosing gives
   * right after the name, with "as" or without: "appointed X as Afghan ambassador to Russia",
   * "appointed X Afghan ambassador to Russia".
   */
  PersonRole predicative(TokenText tt, int nameFirst, int nameEnd) {
    boolean chosen = nameEnd < tt.size() && nameFirst > tt.sentenceStart(nameFirst) && CHOOSING.contains(tt.lower(nameFirst - 1));
    if (chosen && tt.lower(nameEnd).equals("as")) {
      return roleFrom(tt, nameFirst, nameEnd + 1);
    }
    if (chosen && titleFollows(tt, nameEnd)) {
      return roleFrom(tt, nameFirst, nameEnd);
    }
    int limit = Math.min(tt.sentenceEnd(nameFirst), nameEnd + APPOSITIVE_WINDOW);
    for (int i = nameEnd + 1; i < limit; i++) {
      if (tt.ner(i).equals("PERSON")) {
        return null;
      }
      if (tt.lower(i).equals("as") && BECOMING.contains(tt.lower(i - 1))) {
        return roleFrom(tt, nameFirst, i + 1);
      }
    }
    return null;
  }

  /**
   * True when a title starts at {@code k} or after at most two describing words ("the new", "Afghan"),
   * none of them a break or a person: the object complement of a verb of choosing.
   */
  private boolean titleFollows(TokenText tt, int k) {
    int limit = tt.sentenceEnd(k);
    int s = k < limit && ARTICLES.contains(tt.lower(k)) ? k + 1 : k;
    for (int p = s; p < Math.min(limit, s + 3); p++) {
      if (BREAKS.contains(tt.word(p)) || tt.ner(p).equals("PERSON") || tt.lower(p).equals("as")) {
        return false;
      }
      if (roles.longestAt(tt, p, limit, Kind.TITLE) != null) {
        return true;
      }
    }
    return false;
  }

  /** A title phrase starting within a few words of {@code start}, up to the next break. */
  private PersonRole roleFrom(TokenText tt, int nameFirst, int start) {
    int limit = Math.min(tt.sentenceEnd(nameFirst), start + APPOSITIVE_WINDOW);
    int wend = start;
    while (wend < limit && !BREAKS.contains(tt.word(wend)) && !tt.lower(wend).equals("who")) {
      wend++;
    }
    int s = start;
    while (s < wend && ARTICLES.contains(tt.lower(s))) {
      s++;
    }
    RoleLexicon.Match role = null;
    for (int p = s; p < Math.min(wend, s + 5) && role == null; p++) {
      role = roles.longestAt(tt, p, wend, Kind.TITLE);
    }
    if (role == null || !clearOfPeople(tt, start, role.end()) || CONJUNCTIONS.contains(tt.lower(s))) {
      return null;
    }
    int ts = extendOverModifiers(tt, role.first(), s);
    Affiliation pre = reader.endingAt(tt, ts, s);
    int titleEnd = role.end();
    Affiliation of = null;
    if (role.end() < wend && Set.of("of", "for", "at", "to").contains(tt.lower(role.end()))) {
      of = complement(tt, role.end() + 1, wend);
      if (of != null && !of.institution() && !tt.lower(role.end()).equals("of")) {
        titleEnd = of.end();
        of = null;
      }
    }
    Affiliation aff = of != null ? (pre != null && of.country() == null ? withCountry(of, pre.country()) : of) : pre;
    String roleCode = role.role().role();
    return PersonRole.of(nameFirst, nameFirst, tt.text(ts, titleEnd), roleCode, hasFormer(tt, ts, role.first()), aff);
  }

  /** What "of ..." / "for ..." after a title names, over {@code [from, to)}: known, or capitalised words. */
  private Affiliation complement(TokenText tt, int from, int to) {
    int c = from < to && tt.lower(from).equals("the") ? from + 1 : from;
    if (c >= to) {
      return null;
    }
    int end = c;
    while (end < to && (tt.isCapitalised(end) || roles.isRoleWord(tt, end) || Set.of("of", "and", "the", "-")
        .contains(tt.lower(end)) || tt.glued(end - 1))) {
      end++;
    }
    while (end > c && Set.of("of", "and", "the", "-").contains(tt.lower(end - 1))) {
      end--;
    }
    if (end == c) {
      return null;
    }
    Affiliation known = reader.endingAt(tt, end, c);
    if (known != null && known.first() == c) {
      return known;
    }
    return tt.isCapitalised(c) ? reader.unknownOrganization(tt, c, end) : null;
  }

  /** "State Councilor and Foreign Minister Wang Yi": a title joined by "and" before the title at {@code ts}. */
  private int coordinatedTitles(TokenText tt, int ts, int floor) {
    if (ts - 1 <= floor || !tt.lower(ts - 1).equals("and")) {
      return ts;
    }
    RoleLexicon.Match other = roles.lastIn(tt, floor, ts - 1, Kind.TITLE);
    return other != null && other.end() == ts - 1 ? extendOverModifiers(tt, other.first(), floor) : ts;
  }

  private int extendOverModifiers(TokenText tt, int first, int floor) {
    int ts = first;
    while (ts > floor && roles.isRoleWord(tt, ts - 1) && reader.endingAt(tt, ts, ts - 1) == null) {
      ts--;
    }
    return ts;
  }

  private boolean hasFormer(TokenText tt, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isFormer(tt, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean isFormer(TokenText tt, int i) {
    RoleLexicon.Role r = roles.get(tt.word(i));
    return r != null && r.kinds().contains(Kind.MODIFIER) && "ELI".equals(r.role());
  }

  private boolean inZone(TokenText tt, int i) {
    String w = tt.lower(i);
    if (ZONE_WORDS.contains(w) || roles.isRoleWord(tt, i)) {
      return true;
    }
    return !tt.isPunctuation(i) && tt.isCapitalised(i) && (!tt.ner(i).equals("PERSON") || inCountryName(tt, i));
  }

  /** True when token {@code i} is inside a dictionary country's name, whatever the annotator tagged it. */
  private boolean inCountryName(TokenText tt, int i) {
    int floor = tt.sentenceStart(i);
    for (int e = i + 1; e <= Math.min(tt.sentenceEnd(i), i + 4); e++) {
      Affiliation a = reader.countryEndingAt(tt, e, floor);
      if (a != null && a.first() <= i) {
        return true;
      }
    }
    return false;
  }

  private static boolean clearOfPeople(TokenText tt, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tt.ner(i).equals("PERSON")) {
        return false;
      }
    }
    return true;
  }

  private boolean allNameLike(TokenText tt, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!tt.isCapitalised(i) || roles.isRoleWord(tt, i)) {
        return false;
      }
    }
    return true;
  }

  private static Affiliation withCountry(Affiliation a, String country) {
    if (country == null || a.country() != null) {
      return a;
    }
    String actor = a.actor() != null && a.actor().length() == 3 ? country + a.actor() : a.actor();
    return new Affiliation(a.first(), a.end(), a.name(), country, actor, a.institution());
  }
}
