package org.dyad.core.entities.petrarch;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.dyad.core.entities.ActorCodes;
import org.dyad.core.entities.EntityDictionaries;

/**
 * Turns the facts of PETRARCH/TABARI actor dictionaries (the Phoenix files: names, aliases, codes and
 * their date ranges) into Dyad's actor table ({@code name type codes aliases}, read by the entity
 * stage). What it leaves out, and why:
 * <ul>
 *   <li>country-level actors (every code three letters): Dyad's own country, demonym and place lists
 *       know countries, and the Phoenix ones list cities and provinces as their state;
 *   <li>codes that are no actor codes ({@code ---}) and actors left without a code;
 *   <li>phrases Dyad's own dictionaries already have (those win anyway), phrases two actors share
 *       with different codes, phrases of one or two letters, and one-word phrases that are common
 *       words ({@code commonWord}: "Youth", "Falcon");
 *   <li>for people, forms with a title or a country word in them ("President Karzai", "Russian
 *       President Vladimir Putin"): the entity stage reads titles and countries itself.
 * </ul>
 * An actor with a dated code is a PERSON, any other an ORGANIZATION (the entity stage types a match
 * the annotator calls a person as a person).
 */
public final class PhoenixConverter {
  /** One row of Dyad's actor table. */
  public record Row(String name, String type, ActorCodes codes, List<String> aliases) {
    public Row {
      requireNonNull(name, "name is null");
      aliases = List.copyOf(aliases);
    }

    String line() {
      return name + "\t" + type + "\t" + codes.format() + "\t" + (aliases.isEmpty() ? "-" : String.join("|", aliases));
    }
  }

  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("of", "and", "for", "the", "in", "on",
      "to", "at", "de", "del", "la", "le", "du", "des", "y", "e");
  /** CAMEO's role, sector and religion codes, and its international prefixes; other second parts of a code name a region. */
  static final java.util.Set<String> SECTORS = java.util.Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB",
      "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED",
      "REF", "MOD", "RAD", "AMN", "IRC", "GRP", "UNO", "PKO", "UIS", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET",
      "REL", "CHR", "CTH", "ORT", "PRO", "MUS", "SHI", "SUN", "ALE", "DRZ", "SFI", "JEW", "BUD", "HIN", "JAN", "SIK",
      "ZRO", "BAH", "CON", "TAO", "SHN", "ATH", "MOS", "ITR", "KID", "RES", "WBK", "ABR", "MAO", "FRG");
  private static final java.util.Set<String> HONORIFICS = java.util.Set.of("mr", "mrs", "ms", "dr", "sir", "madam");
  private final EntityDictionaries own;
  private final Predicate<String> commonWord;

  /**
   * @param own Dyad's own dictionaries, without a converted table ({@link EntityDictionaries#own()})
   * @param commonWord true for a lower-case word that is a common English word
   */
  public PhoenixConverter(EntityDictionaries own, Predicate<String> commonWord) {
    this.own = requireNonNull(own, "own is null");
    this.commonWord = requireNonNull(commonWord, "commonWord is null");
  }

  /** The rows for the actors of all {@code sources}, in their order; each phrase left out goes to {@code dropped}. */
  public List<Row> convert(List<PetrarchActors> sources, Consumer<String> dropped) {
    List<Row> candidates = new ArrayList<>();
    for (PetrarchActors source : sources) {
      for (PetrarchActors.Actor a : source.actors()) {
        Row r = row(a, dropped);
        if (r != null) {
          candidates.add(r);
        }
      }
    }
    return withoutShared(candidates, dropped);
  }

  private Row row(PetrarchActors.Actor a, Consumer<String> dropped) {
    List<ActorCodes.Dated> codes = new ArrayList<>();
    for (DatedCode c : a.codes()) {
      if (!c.code().matches("([A-Z0-9]{3})+")) {
        continue;
      }
      if (c.from() != null && c.to() != null && c.to().isBefore(c.from())) {
        dropped.accept(a.phrases().get(0) + "\tcode " + c.code() + " ends before it starts: " + c.from() + ".." + c.to());
      } else {
        codes.add(new ActorCodes.Dated(c.code(), c.from(), c.to()));
      }
    }
    if (codes.isEmpty() || isPlace(codes)) {
      return null;
    }
    ActorCodes ac = new ActorCodes(codes);
    boolean person = ac.isDated();
    Map<String, String> kept = new LinkedHashMap<>();
    for (String phrase : a.phrases()) {
      String p = written(phrase, person);
      String why = rejection(p, person);
      if (why == null && person && !p.contains(" ") && !surnameOf(a, p)) {
        why = "a single name that no full name of the person ends with";
      }
      if (why != null) {
        dropped.accept(p + "\t" + why);
      } else {
        kept.putIfAbsent(p.toLowerCase(Locale.ROOT), p);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    List<String> forms = new ArrayList<>(kept.values());
    return new Row(forms.get(0), person ? "PERSON" : "ORGANIZATION", ac, forms.subList(1, forms.size()));
  }

  /**
   * True for a state, territory or region (Dyad's country and place lists know them): apart from
   * bare roles ({@code [ELI]}), every code is a country ({@code AFG}) or a country with a region
   * instead of a role ({@code USAASM} American Samoa, {@code USRARM} Soviet Armenia, {@code PSEGZA} Gaza).
   */
  private static boolean isPlace(List<ActorCodes.Dated> codes) {
    boolean place = false;
    for (ActorCodes.Dated c : codes) {
      String code = c.code();
      if (code.length() == 3 && SECTORS.contains(code)) {
        continue;
      }
      boolean region = code.length() == 3
          || !SECTORS.contains(code.substring(0, 3)) && !SECTORS.contains(code.substring(3, 6));
      if (!region) {
        return false;
      }
      place = true;
    }
    return place;
  }

  /** True when a longer phrase of the actor ends with the one word {@code name} ("Karzai" of "Hamid Karzai"). */
  private static boolean surnameOf(PetrarchActors.Actor a, String name) {
    String end = " " + name.toUpperCase(Locale.ROOT);
    return a.phrases().stream().anyMatch(p -> p.strip().toUpperCase(Locale.ROOT).endsWith(end));
  }

  /** Why a phrase is left out, or null to keep it. */
  String rejection(String p, boolean person) {
    String[] words = p.split(" ");
    if (p.length() <= 2 || p.contains("|") || p.contains("\t") || !p.chars().anyMatch(Character::isLetter)) {
      return "too short or unreadable";
    }
    if (own.knows(p)) {
      return "in Dyad's own dictionaries";
    }
    if (words.length == 1 && commonWord.test(p.toLowerCase(Locale.ROOT))) {
      return "a common word";
    }
    if (person) {
      if (HONORIFICS.contains(words[0].toLowerCase(Locale.ROOT).replace(".", ""))) {
        return "a form of address in a person's name";
      }
      for (String w : p.split("[ -]")) {
        if (own.isRoleWord(w) || own.isCountryWord(w)) {
          return "a title or country word in a person's name";
        }
      }
    }
    return null;
  }

  /** Rows without the phrases two rows share with different codes (and rows left with no phrase). */
  private static List<Row> withoutShared(List<Row> rows, Consumer<String> dropped) {
    Map<String, String> codesOf = new HashMap<>();
    Map<String, Boolean> shared = new HashMap<>();
    for (Row r : rows) {
      for (String p : phrases(r)) {
        String key = p.toLowerCase(Locale.ROOT);
        String before = codesOf.putIfAbsent(key, r.codes().format());
        if (before != null) {
          shared.merge(key, !before.equals(r.codes().format()), Boolean::logicalOr);
        }
      }
    }
    List<Row> out = new ArrayList<>();
    Map<String, Boolean> used = new HashMap<>();
    for (Row r : rows) {
      List<String> keep = new ArrayList<>();
      for (String p : phrases(r)) {
        String key = p.toLowerCase(Locale.ROOT);
        if (Boolean.TRUE.equals(shared.get(key))) {
          dropped.accept(p + "\tnamed by actors with other codes");
        } else if (used.putIfAbsent(key, true) == null) {
          keep.add(p);
        }
      }
      if (!keep.isEmpty()) {
        out.add(new Row(keep.get(0), r.type(), r.codes(), keep.subList(1, keep.size())));
      }
    }
    return out;
  }

  private static List<String> phrases(Row r) {
    List<String> all = new ArrayList<>(List.of(r.name()));
    all.addAll(r.aliases());
    return all;
  }

  /**
   * A PETRARCH phrase ("HAMID KARZAI", "THE UN") as Dyad writes names: without a leading "the", each
   * word capitalised ("Hamid Karzai", "Ban Ki-Moon"), small function words in lower case ("Isle of
   * Man"), words with a dot kept in capitals ("U.N."); an organisation's one-word name of up to five
   * letters and its words of up to three letters without a vowel stay in capitals ("NATO", "NDS"),
   * since they are acronyms and need capitals in the text.
   */
  static String written(String phrase, boolean person) {
    String s = phrase.strip().replaceAll("\\s+", " ");
    if (s.toUpperCase(Locale.ROOT).startsWith("THE ")) {
      s = s.substring(4);
    }
    String[] words = s.split(" ");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String letters = w.replaceAll("[^\\p{L}]", "");
      boolean acronym = w.contains(".") || !person && (words.length == 1 && letters.length() <= 5
          || letters.length() <= 3 && !letters.toUpperCase(Locale.ROOT).matches(".*[AEIOUY].*"));
      String out = acronym ? w.toUpperCase(Locale.ROOT)
          : i > 0 && FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) ? w.toLowerCase(Locale.ROOT) : capitalised(w);
      b.append(i == 0 ? "" : " ").append(out);
    }
    return b.toString();
  }

  private static String capitalised(String w) {
    StringBuilder b = new StringBuilder();
    boolean start = true;
    for (char c : w.toLowerCase(Locale.ROOT).toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : c);
      start = c == '-' || c == '\'';
    }
    return b.toString();
  }

  /** Writes the table with its headers; {@code provenance} lines go first as comments. */
  public static void write(List<Row> rows, List<String> provenance, Writer out) throws IOException {
    for (String line : provenance) {
      out.write("# " + line + "\n");
    }
    out.write("# format: " + String.join(" ", "name", "type", "codes", "aliases") + "\n");
    out.write("# version: 1\n");
    for (Row r : rows) {
      out.write(r.line() + "\n");
    }
  }
}
