package org.dyad.core.entities;

import static org.dyad.core.entities.GazetteerEntry.Kind;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * All entity dictionaries, loaded and checked once. Countries come from the JDK; the TSV files
 * next to this class add aliases, demonyms, places, metonyms, organisations and role words. When
 * two files name the same phrase the later one wins, in the order of {@link #load()}.
 */
public final class EntityDictionaries {
  /**
   * The date Dyad's actor tables were last brought up to date: an article without a date gets the
   * codes of this day (a leader in office then is the government, a former one an elite).
   */
  public static final java.time.LocalDate UNDATED_ARTICLES = java.time.LocalDate.of(2026, 12, 1);
  /** Facts converted from the Phoenix dictionaries (the lowest layer: every file of Dyad's own wins). */
  static final String PHOENIX = "phoenix-actors.tsv.gz";
  /** Leaders and ministers written by hand with their dates (the highest layer for the phrases it names). */
  static final String LEADERS = "leaders.tsv";
  /** Agent nouns converted from the Phoenix agent dictionary (below roles.tsv: Dyad's own role words win). */
  static final String PHOENIX_AGENTS = "phoenix-agents.tsv";
  private static final Pattern ACTOR = Pattern.compile("([A-Z]{3})+");
  private final CountryTable countries;
  private final Gazetteer gazetteer;
  private final RoleLexicon roles;

  private EntityDictionaries(CountryTable countries, Gazetteer gazetteer, RoleLexicon roles) {
    this.countries = countries;
    this.gazetteer = gazetteer;
    this.roles = roles;
  }

  private static final class Holder {
    static final EntityDictionaries STANDARD = load();
  }

  /** The dictionaries shipped with Dyad, loaded on first use. */
  public static EntityDictionaries standard() {
    return Holder.STANDARD;
  }

  /** Loads and checks every file; throws {@link DictionaryFormatException} naming file:line. */
  public static EntityDictionaries load() {
    return load(true);
  }

  /** Dyad's own dictionaries without the tables converted from Phoenix (what the converters compare with). */
  public static EntityDictionaries own() {
    return load(false);
  }

  private static EntityDictionaries load(boolean phoenix) {
    CountryTable countries = CountryTable.fromJdk();
    Gazetteer.Builder g = new Gazetteer.Builder();
    if (phoenix) {
      ActorTable.addTo(g, countries, PHOENIX, UNDATED_ARTICLES);
    }
    for (Map.Entry<String, String> c : countries.names().entrySet()) {
      g.add(c.getValue(), Kind.COUNTRY, c.getValue(), c.getKey(), c.getKey(), "jdk", "jdk: ");
    }
    TsvTable aliases = TsvTable.resource("country-aliases.tsv", "alias", "country");
    for (TsvTable.Row r : aliases.rows()) {
      String iso = country(countries, aliases, r, r.get(1));
      g.add(r.get(0), Kind.COUNTRY, countries.name(iso), iso, iso, aliases.file(), aliases.at(r));
    }
    TsvTable demonyms = TsvTable.resource("demonyms.tsv", "form", "country");
    for (TsvTable.Row r : demonyms.rows()) {
      String iso = country(countries, demonyms, r, r.get(1));
      g.add(r.get(0), Kind.DEMONYM, countries.name(iso), iso, iso, demonyms.file(), demonyms.at(r));
    }
    addPlaces(countries, g);
    addMetonyms(countries, g);
    addOrganizations(countries, g);
    addPeople(countries, g);
    ActorTable.addTo(g, countries, LEADERS, UNDATED_ARTICLES);
    RoleLexicon roles = RoleLexicon.from(TsvTable.resource("roles.tsv", "phrase", "role", "kinds"));
    if (phoenix) {
      roles = roles.over(RoleLexicon.from(TsvTable.resource(PHOENIX_AGENTS, "phrase", "role", "kinds")));
    }
    return new EntityDictionaries(countries, g.build(), roles);
  }

  private static void addPlaces(CountryTable countries, Gazetteer.Builder g) {
    TsvTable t = TsvTable.resource("places.tsv", "name", "country", "aliases");
    for (TsvTable.Row r : t.rows()) {
      String iso = country(countries, t, r, r.get(1));
      g.add(r.get(0), Kind.PLACE, r.get(0), iso, null, t.file(), t.at(r));
      for (String alias : aliases(r.get(2))) {
        g.add(alias, Kind.PLACE, r.get(0), iso, null, t.file(), t.at(r));
      }
    }
  }

  private static void addMetonyms(CountryTable countries, Gazetteer.Builder g) {
    TsvTable t = TsvTable.resource("metonyms.tsv", "phrase", "country", "kind", "role");
    for (TsvTable.Row r : t.rows()) {
      String iso = country(countries, t, r, r.get(1));
      Kind kind = switch (r.get(2)) {
        case "capital" -> Kind.CAPITAL;
        case "seat" -> Kind.SEAT;
        default -> throw new DictionaryFormatException(t.at(r) + "kind must be capital or seat: " + r.get(2));
      };
      String role = role(t, r, r.get(3));
      g.add(r.get(0), kind, r.get(0), iso, iso + role, t.file(), t.at(r));
    }
  }

  private static void addOrganizations(CountryTable countries, Gazetteer.Builder g) {
    TsvTable t = TsvTable.resource("organizations.tsv", "name", "actor", "country", "aliases");
    for (TsvTable.Row r : t.rows()) {
      String actor = r.get(1);
      String c = r.get(2);
      Kind kind = c.equals("*") ? Kind.CONTEXT_ORG : Kind.ORG;
      String iso = c.equals("*") || c.equals("-") ? null : country(countries, t, r, c);
      if (kind == Kind.CONTEXT_ORG) {
        role(t, r, actor);
      } else if (!ACTOR.matcher(actor).matches()) {
        throw new DictionaryFormatException(t.at(r) + "actor code must be groups of three capitals: " + actor);
      }
      g.add(r.get(0), kind, r.get(0), iso, actor, t.file(), t.at(r));
      for (String alias : aliases(r.get(3))) {
        g.add(alias, kind, r.get(0), iso, actor, t.file(), t.at(r));
      }
    }
  }

  /**
   * These dictionaries with extra actors and agents (a user's own, for example read from PETRARCH
   * files). An extra phrase wins over a built-in one. A three-letter code of a COUNTRY entry that ISO
   * 3166 does not know becomes a country of its own, named by its first phrase; an actor code whose
   * first three letters are a country gives the entity that country. A user's agent dictionary
   * replaces the agent nouns converted from Phoenix (PETRARCH reads one agents file); Dyad's own role
   * words stay under it.
   */
  public EntityDictionaries with(java.util.List<ActorEntry> actors, java.util.List<AgentEntry> agents) {
    Map<String, String> newCountries = new java.util.LinkedHashMap<>();
    for (ActorEntry a : actors) {
      if (a.type().equals("COUNTRY") && a.actor().length() == 3 && !countries.isKnown(a.actor())) {
        newCountries.putIfAbsent(a.actor(), a.name());
      }
    }
    CountryTable all = countries.plus(newCountries);
    Map<String, GazetteerEntry> extra = new java.util.HashMap<>();
    for (ActorEntry a : actors) {
      String iso = all.isKnown(a.actor().substring(0, 3)) ? a.actor().substring(0, 3) : null;
      Kind kind = switch (a.type()) {
        case "PERSON" -> Kind.PERSON;
        case "COUNTRY" -> Kind.COUNTRY;
        default -> Kind.ORG;
      };
      extra.put(PhraseKey.of(a.phrase()), new GazetteerEntry(kind, a.name(), iso, a.actor(), casing(a.phrase())));
    }
    Map<String, RoleLexicon.Role> roleWords = new java.util.HashMap<>();
    for (AgentEntry g : agents) {
      roleWords.put(PhraseKey.of(g.phrase()), new RoleLexicon.Role(g.phrase(), g.role(),
          java.util.EnumSet.of(RoleLexicon.Kind.TITLE, RoleLexicon.Kind.GROUP),
          g.before() ? RoleLexicon.Attachment.BEFORE : RoleLexicon.Attachment.AFTER));
    }
    RoleLexicon base = agents.isEmpty() ? roles : roles.withoutLower();
    return new EntityDictionaries(all, gazetteer.plus(extra), base.plus(roleWords));
  }

  /** Dictionaries written in capitals (PETRARCH's) still need a capital in the text; "US" needs two. */
  private static GazetteerEntry.Casing casing(String phrase) {
    boolean shortCaps = phrase.length() <= 3 && phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT));
    return shortCaps ? GazetteerEntry.Casing.ACRONYM : GazetteerEntry.Casing.CAPITALISED;
  }

  private static void addPeople(CountryTable countries, Gazetteer.Builder g) {
    TsvTable t = TsvTable.resource("people.tsv", "name", "actor", "aliases");
    for (TsvTable.Row r : t.rows()) {
      String actor = r.get(1);
      if (!ACTOR.matcher(actor).matches()) {
        throw new DictionaryFormatException(t.at(r) + "actor code must be groups of three capitals: " + actor);
      }
      String iso = countries.isKnown(actor.substring(0, 3)) ? actor.substring(0, 3) : null;
      g.add(r.get(0), Kind.PERSON, r.get(0), iso, actor, t.file(), t.at(r));
      for (String alias : aliases(r.get(2))) {
        g.add(alias, Kind.PERSON, r.get(0), iso, actor, t.file(), t.at(r));
      }
    }
  }

  private static String country(CountryTable countries, TsvTable t, TsvTable.Row r, String iso) {
    if (!countries.isKnown(iso)) {
      throw new DictionaryFormatException(t.at(r) + "unknown ISO 3166 alpha-3 code '" + iso + "'");
    }
    return iso;
  }

  private static String role(TsvTable t, TsvTable.Row r, String role) {
    if (!RoleLexicon.ROLES.contains(role)) {
      throw new DictionaryFormatException(t.at(r) + "unknown role '" + role + "'");
    }
    return role;
  }

  private static String[] aliases(String cell) {
    return cell.equals("-") ? new String[0] : cell.split("\\|");
  }

  /**
   * These dictionaries as of an article's date (null: {@link #UNDATED_ARTICLES}): a dated actor has
   * the code that covers the date ("Hamid Karzai" AFGGOV in 2010, AFGELI in 2020). Cheap: shares everything.
   */
  public EntityDictionaries on(java.time.LocalDate date) {
    java.time.LocalDate d = date == null ? UNDATED_ARTICLES : date;
    return new EntityDictionaries(countries, gazetteer.on(e -> e.on(d, countries::isKnown)), roles);
  }

  /** These dictionaries with {@code phrase} read as a place of {@code country} (see {@link StateOrCountry}). */
  EntityDictionaries readingAsPlace(String phrase, String country) {
    GazetteerEntry place = new GazetteerEntry(Kind.PLACE, phrase, country, null, GazetteerEntry.Casing.of(phrase));
    return new EntityDictionaries(countries, gazetteer.reading(phrase, place), roles);
  }

  /** True for an ISO 3166 alpha-3 code (or a country a user's dictionary added). */
  public boolean isCountryCode(String code) {
    return countries.isKnown(code);
  }

  /** True when some dictionary has {@code phrase} (any case). */
  public boolean knows(String phrase) {
    return gazetteer.get(phrase) != null;
  }

  /** True when {@code word} is a title, group noun or title modifier of the role lexicon ("president", "former"). */
  public boolean isRoleWord(String word) {
    RoleLexicon.Role r = roles.get(word);
    return r != null && !java.util.Collections.disjoint(r.kinds(),
        java.util.EnumSet.of(RoleLexicon.Kind.TITLE, RoleLexicon.Kind.GROUP, RoleLexicon.Kind.MODIFIER));
  }

  /** True when {@code phrase} is any phrase of the role lexicon (a title, group noun, head word or modifier). */
  public boolean isRole(String phrase) {
    return roles.get(phrase) != null;
  }

  /** True when {@code phrase} names a body every state has ("foreign ministry"; organizations.tsv country {@code *}). */
  public boolean isStateBody(String phrase) {
    GazetteerEntry e = gazetteer.get(phrase);
    return e != null && e.kind() == Kind.CONTEXT_ORG;
  }

  /** The role code of a phrase of the role lexicon ("spokesman" GOV), or null (none, or a word without a role). */
  public String roleOf(String phrase) {
    RoleLexicon.Role r = roles.get(phrase);
    return r == null ? null : r.role();
  }

  /** True for a role code the entity stage gives ("GOV", "MIL", "AGR"; see roles.tsv). */
  public static boolean isRoleCode(String code) {
    return RoleLexicon.ROLES.contains(code);
  }

  /** True when {@code phrase} is a country, demonym or capital in Dyad's own lists ("Russian", "Kabul"). */
  public boolean isCountryWord(String phrase) {
    GazetteerEntry e = gazetteer.get(phrase);
    return e != null && (e.kind() == Kind.COUNTRY || e.kind() == Kind.DEMONYM || e.kind() == Kind.CAPITAL);
  }

  CountryTable countries() {
    return countries;
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  RoleLexicon roles() {
    return roles;
  }
}
