package org.dyad.core.entities;

import java.time.LocalDate;

/**
 * Dyad's tables of actors with dated codes: {@code phoenix-actors.tsv.gz} (facts converted from the
 * MIT-licensed Phoenix dictionaries by {@code petrarch.PhoenixConverter}; see NOTICE) and
 * {@code leaders.tsv} (written by hand: leaders and ministers after the Phoenix files' end).
 * Columns: {@code name type codes aliases}; type PERSON or ORGANIZATION; codes as {@link ActorCodes}
 * writes them; aliases separated by "|", or "-".
 */
final class ActorTable {
  static final String[] COLUMNS = {"name", "type", "codes", "aliases"};

  private ActorTable() {}

  /** Adds every row's name and aliases to {@code g}, each entry carrying its codes as of {@code reference}. */
  static void addTo(Gazetteer.Builder g, CountryTable countries, String file, LocalDate reference) {
    if (ActorTable.class.getResource(file) == null && file.equals(EntityDictionaries.PHOENIX)) {
      return; // only while the converter writes it for the first time
    }
    TsvTable t = TsvTable.resource(file, COLUMNS);
    for (TsvTable.Row r : t.rows()) {
      GazetteerEntry.Kind kind = switch (r.get(1)) {
        case "PERSON" -> GazetteerEntry.Kind.PERSON;
        case "ORGANIZATION" -> GazetteerEntry.Kind.ORG;
        default -> throw new DictionaryFormatException(t.at(r) + "type must be PERSON or ORGANIZATION: " + r.get(1));
      };
      ActorCodes codes;
      try {
        codes = ActorCodes.parse(r.get(2));
      } catch (IllegalArgumentException e) {
        throw new DictionaryFormatException(t.at(r) + e.getMessage());
      }
      GazetteerEntry entry = new GazetteerEntry(kind, r.get(0), null, null, GazetteerEntry.Casing.ANY,
          codes.isDated() ? codes : null).on(reference, countries::isKnown);
      if (entry.codes() == null) {
        String code = codes.on(reference);
        entry = new GazetteerEntry(kind, r.get(0), countries.isKnown(code.substring(0, 3)) ? code.substring(0, 3) : null,
            code, GazetteerEntry.Casing.ANY);
      }
      g.add(r.get(0), entry, t.file(), t.at(r));
      if (!r.get(3).equals("-")) {
        for (String alias : r.get(3).split("\\|")) {
          g.add(alias, entry, t.file(), t.at(r));
        }
      }
    }
  }
}
