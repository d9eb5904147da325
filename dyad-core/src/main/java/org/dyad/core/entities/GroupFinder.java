package org.dyad.core.entities;

import java.util.List;
import java.util.Set;
import org.dyad.core.entities.RoleLexicon.Kind;
import org.dyad.model.nlp.Dependency;

/**
 * Unnamed groups and unnamed holders of a title as actors (type GROUP):
 * <ul>
 *   <li>a modifier before the noun: "Afghan security forces" AFGMIL, "Taliban fighters" AFGREB, "the
 *       Afghan president" AFGGOV, "Iran's defence minister" IRNMIL (a title takes the role it gives a
 *       named person);
 *   <li>a place after it ({@link GroupPlace}): "dissidents from Myanmar" MMROPP, "police in Karachi"
 *       PAKCOP, "the mayor of Kandahar" AFGGOV;
 *   <li>a group noun of kind {@code bare} in roles.tsv alone ("militants", "police", "civilians"): the
 *       role alone (CVL), to which {@link ContextCountry} may add the article's country.
 * </ul>
 * A group noun without a role ("-" in roles.tsv: prisoners, detainees, hostages) is its country
 * alone ("Palestinian prisoners" PSE); an organisation before it ("militia hostages") may be who
 * holds them rather than who they are, so it gives no actor.
 * The noun must head its phrase ("police station", "general election" are no actors) and a title must
 * not be followed by a name (the person finder owns "Afghan President Ashraf Ghani").
 */
final class GroupFinder {
  /** Parts of speech of words that describe a group: nouns, adjectives, past participles ("exiled"). */
  private static final java.util.regex.Pattern DESCRIBING = java.util.regex.Pattern.compile("NN.*|JJ.*|VBN");
  private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my", "your");
  private final EntityDictionaries dictionaries;
  private final AffiliationReader reader;
  private final GroupPlace places;

  GroupFinder(EntityDictionaries dictionaries, AffiliationReader reader) {
    this.dictionaries = dictionaries;
    this.reader = reader;
    this.places = new GroupPlace(dictionaries.gazetteer());
  }

  /** The group candidate for the role phrase {@code g} (of kind group or title), or null. */
  Candidate find(TokenText tt, RoleLexicon.Match g, boolean title) {
    String role = g.role().role();
    if ((role == null && title) || (title && g.end() < tt.size() && tt.ner(g.end()).equals("PERSON"))) {
      return null;
    }
    int floor = tt.sentenceStart(g.first());
    int k = g.first();
    while (k > floor && dictionaries.roles().isRoleWord(tt, k - 1) && !tt.isCapitalised(k - 1)) {
      k--;
    }
    role = roleOf(tt, k, g.end(), role);
    Affiliation a = reader.endingAt(tt, k, floor);
    boolean head = headsItsPhrase(tt, g.end() - 1);
    if (a != null && title && hasFormer(tt, Math.max(floor, a.first() - 1), g.first())) {
      int first = isFormer(tt, a.first() - 1) ? a.first() - 1 : a.first();
      a = new Affiliation(first, a.end(), a.name(), a.country(), a.actor(), a.institution());
      role = "ELI";
    }
    if (a != null) {
      boolean heldBy = role == null && a.institution();
      return (title && !head) || heldBy ? null : modified(tt, a, k, g.end(), role);
    }
    if (!head) {
      return null;
    }
    k = withModifiers(tt, k, g.end() - 1, floor);
    Affiliation after = places.after(tt, g.end() - 1, GroupPlace.prepositions(role, title));
    if (after != null) {
      String owner = after.name() != null ? after.name() : dictionaries.countries().name(after.country());
      String name = (owner == null ? after.country() : owner) + " " + PhraseKey.of(tt.text(k, g.end()));
      return new Candidate(k, after.end(), Candidate.GROUP, "GROUP", name, null, null, after.country(),
          Affiliation.compose(after.country(), role));
    }
    if (!title && g.role().kinds().contains(Kind.BARE) && !ownedByAnother(tt, k, g.end() - 1)) {
      return new Candidate(k, g.end(), Candidate.BARE_GROUP, "GROUP", PhraseKey.of(tt.text(k, g.end())), null, null,
          null, role);
    }
    return null;
  }

  /** "Afghan security forces", "Taliban fighters", "Russia's government": a modifier and a group noun. */
  private Candidate modified(TokenText tt, Affiliation a, int k, int end, String role) {
    String owner = a.name() != null ? a.name() : dictionaries.countries().name(a.country());
    if (owner == null) {
      return null;
    }
    String name = owner + " " + PhraseKey.of(tt.text(k, end));
    return new Candidate(a.first(), end, Candidate.GROUP, "GROUP", name, null,
        a.institution() ? a.name() : null, a.country(), a.actorFor(role));
  }

  /** "the former Afghan president", "Iran's former foreign minister": an elite (ELI), as a named one is. */
  private boolean hasFormer(TokenText tt, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (isFormer(tt, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean isFormer(TokenText tt, int i) {
    RoleLexicon.Role r = i < 0 ? null : dictionaries.roles().get(tt.word(i));
    return r != null && r.kinds().contains(Kind.MODIFIER) && "ELI".equals(r.role());
  }

  /** The role of the longest title or group phrase ending at {@code end} inside {@code [k, end)}. */
  private String roleOf(TokenText tt, int k, int end, String fallback) {
    for (int first = k; first < end; first++) {
      RoleLexicon.Role r = dictionaries.roles().get(tt.text(first, end));
      if (r != null && r.role() != null && (r.kinds().contains(Kind.TITLE) || r.kinds().contains(Kind.GROUP))) {
        return r.role();
      }
    }
    return fallback;
  }

  /**
   * True when the group belongs to someone the entity stage cannot code: a possessive ("its troops",
   * "their fighters": the owner is the antecedent), a name it does not know ("ISIS militants") or a
   * name after "of"/"from" that is no place ("activists of the Zorvan Front").
   */
  private static boolean ownedByAnother(TokenText tt, int k, int noun) {
    if (k > 0 && (POSSESSIVES.contains(tt.lower(k - 1)) || tt.word(k - 1).equals(")"))) {
      return true;
    }
    for (Dependency d : tt.dependencies(noun)) {
      if (d.governor() == noun && d.dependent() < noun && (d.relation().equals("nmod:poss")
          || (GroupPlace.MODIFYING.contains(d.relation()) && isName(tt, d.dependent())))) {
        return true;
      }
    }
    return noun + 2 < tt.sentenceEnd(noun) && GroupPlace.OWNING.contains(tt.lower(noun + 1))
        && (isName(tt, noun + 2) || (tt.lower(noun + 2).equals("the") && noun + 3 < tt.sentenceEnd(noun)
        && isName(tt, noun + 3)));
  }

  private static boolean isName(TokenText tt, int i) {
    return !tt.ner(i).equals("O") || (tt.isCapitalised(i) && i > tt.sentenceStart(i));
  }

  /**
   * The first token of the group phrase with the words before {@code k} that the parse hangs on it as
   * {@code compound} or {@code amod} ("civil rights activists", "exiled dissidents"), nouns, adjectives
   * or past participles (not "helping" in "helping young militants"), none of them a name.
   */
  private static int withModifiers(TokenText tt, int k, int noun, int floor) {
    List<Dependency> deps = tt.dependencies(noun);
    int first = k;
    boolean grown = true;
    while (grown && first > floor && tt.ner(first - 1).equals("O")) {
      grown = false;
      for (Dependency d : deps) {
        if (d.dependent() == first - 1 && d.governor() >= first && d.governor() <= noun
            && GroupPlace.MODIFYING.contains(d.relation()) && DESCRIBING.matcher(tt.annotation().tokens().get(first - 1).pos()).matches()) {
          first--;
          grown = true;
          break;
        }
      }
    }
    return first;
  }

  /**
   * False when the parse says the noun modifies another noun ("police station", "army base",
   * "general election"); true in a sentence without a parse (the pipeline parses every sentence).
   */
  private static boolean headsItsPhrase(TokenText tt, int noun) {
    for (Dependency d : tt.dependencies(noun)) {
      if (d.dependent() == noun) {
        return !GroupPlace.MODIFYING.contains(d.relation());
      }
    }
    return true;
  }
}
