package org.dyad.core.entities.petrarch;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.core.entities.AgentEntry;
import org.dyad.core.entities.EntityDictionaries;

/**
 * Turns the facts of a PETRARCH/TABARI agent dictionary (the Phoenix one: which role an agent noun
 * such as "farmer" or "election commission" takes) into Dyad's role table ({@code phrase role kinds},
 * the format of roles.tsv). A noun is kept only when it denotes people or a group ({@link Senses},
 * WordNet in the converter), so the table holds no common word in its common sense ("authority",
 * "cabinet meeting"). What else it leaves out, and why:
 * <ul>
 *   <li>codes that go before the actor's ({@code [NGO~]}) and roles Dyad does not code (religions,
 *       criminals); a compound code keeps its first role ({@code GOVAGR}: the agriculture minister is GOV);
 *   <li>phrases in Dyad's own role words and bodies every state has ("foreign ministry": those win
 *       anyway); a name in Dyad's other dictionaries stays, as
 *       a group noun with an owner of its own is that owner's body: "Russia's Security Council" is
 *       Russia's, the Security Council alone the UN's), phrases two entries give
 *       different roles, phrases longer than the role matcher reads, with a leading article, ending in a
 *       preposition ("ambassador to") or with characters other than letters, spaces, hyphens, apostrophes
 *       and dots;
 *   <li>one-word singular nouns WordNet also knows as a name ("Farmer", "King": a surname as often as a
 *       trade; a plural is no surname).
 * </ul>
 * A plural whose singular is one of Dyad's own role words takes that word's role ("spokesmen" GOV as
 * "spokesman", where Phoenix says MED). A person noun in the singular is a title and a group noun ("a farmer", "Afghan farmer X"); a plural
 * and a social group are group nouns ("Afghan farmers", "the Afghan election commission"). None is
 * {@code bare}: without a country or organisation of its own a converted noun is no actor.
 */
public final class PhoenixAgentConverter {
  /** What a noun phrase denotes, by a lexical database. */
  public interface Senses {
    /** The reading of a lower-case phrase, or null when it denotes no person or group. */
    Reading read(String phrase);
  }

  /**
   * A phrase's reading (see {@link Senses}): a person or a group, a plural or not, also a name or not,
   * and the phrase in the singular.
   */
  public record Reading(boolean person, boolean plural, boolean alsoAName, String singular) {}

  /** One row of Dyad's role table. */
  public record Row(String phrase, String role, String kinds) {
    String line() {
      return phrase + "\t" + role + "\t" + kinds;
    }
  }

  /** The longest role phrase, in words, that the entity stage's role matcher reads. */
  static final int MAX_WORDS = 4;
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "at", "on", "in", "from", "against", "and", "with");
  private final EntityDictionaries own;
  private final Senses senses;

  /**
   * @param own Dyad's own dictionaries, without the converted tables ({@link EntityDictionaries#own()})
   * @param senses what a phrase denotes
   */
  public PhoenixAgentConverter(EntityDictionaries own, Senses senses) {
    this.own = requireNonNull(own, "own is null");
    this.senses = requireNonNull(senses, "senses is null");
  }

  /** The rows for {@code agents}, in their order; each phrase left out goes to {@code dropped} with why. */
  public List<Row> convert(List<AgentEntry> agents, Consumer<String> dropped) {
    Map<String, Row> rows = new LinkedHashMap<>();
    Map<String, Boolean> conflicting = new LinkedHashMap<>();
    for (AgentEntry a : agents) {
      String p = a.phrase().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      String role = a.role().substring(0, 3);
      String why = rejection(a, p, role);
      Reading r = why == null ? senses.read(p) : null;
      if (why == null && r == null) {
        why = "denotes no person or group (WordNet's first sense)";
      } else if (why == null && r.alsoAName() && !r.plural() && !p.contains(" ")) {
        why = "also a name (WordNet)";
      }
      if (why != null) {
        dropped.accept(p + "\t" + why);
        continue;
      }
      String ownRole = r.plural() ? own.roleOf(r.singular()) : null;
      Row row = new Row(p, ownRole != null ? ownRole : role, r.person() && !r.plural() ? "title,group" : "group");
      Row before = rows.putIfAbsent(p, row);
      if (before != null && !before.role().equals(role)) {
        conflicting.put(p, true);
      }
    }
    List<Row> out = new ArrayList<>();
    for (Row r : rows.values()) {
      if (conflicting.containsKey(r.phrase())) {
        dropped.accept(r.phrase() + "\tgiven different roles");
      } else {
        out.add(r);
      }
    }
    return out;
  }

  private String rejection(AgentEntry a, String p, String role) {
    if (a.before()) {
      return "code goes before the actor's (" + a.role() + "~)";
    }
    if (!EntityDictionaries.isRoleCode(role)) {
      return "a role Dyad does not code (" + a.role() + ")";
    }
    String[] words = p.split(" ");
    if (!p.matches("[a-z][a-z .'-]*[a-z.]") || words.length > MAX_WORDS) {
      return "not one to four words of letters";
    }
    if (ARTICLES.contains(words[0]) || PREPOSITIONS.contains(words[words.length - 1])) {
      return "starts with an article or ends with a preposition";
    }
    if (own.isRole(p) || own.isStateBody(p)) {
      return "in Dyad's own role words or state bodies";
    }
    return null;
  }

  /** Writes the table with its headers; {@code provenance} lines go first as comments. */
  public static void write(List<Row> rows, List<String> provenance, Writer out) throws IOException {
    for (String line : provenance) {
      out.write("# " + line + "\n");
    }
    out.write("# format: phrase role kinds\n");
    out.write("# version: 2\n");
    for (Row r : rows) {
      out.write(r.line() + "\n");
    }
  }
}
