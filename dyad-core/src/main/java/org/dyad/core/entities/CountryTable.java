package org.dyad.core.entities;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * ISO 3166 countries from the JDK: alpha-3 code and English name. The JDK's short forms are
 * tidied ("Bosnia & Herzegovina" becomes "Bosnia and Herzegovina", "St. Lucia" becomes
 * "Saint Lucia", "Myanmar (Burma)" becomes "Myanmar"); other names come from country-aliases.tsv.
 */
final class CountryTable {
  private final Map<String, String> names;

  private CountryTable(Map<String, String> names) {
    this.names = Collections.unmodifiableMap(names);
  }

  static CountryTable fromJdk() {
    Map<String, String> names = new LinkedHashMap<>();
    for (String cc : Locale.getISOCountries()) {
      Locale locale = new Locale("", cc);
      try {
        names.put(locale.getISO3Country(), tidy(locale.getDisplayCountry(Locale.ENGLISH)));
      } catch (MissingResourceException e) {
        // no alpha-3 code in this JDK: skip the country
      }
    }
    return new CountryTable(names);
  }

  static String tidy(String jdkName) {
    String s = jdkName.replace(" & ", " and ").replace("St. ", "Saint ").replace('\u2019', '\'');
    int paren = s.indexOf(" (");
    return paren > 0 ? s.substring(0, paren) : s;
  }

  boolean isKnown(String iso3) {
    return names.containsKey(iso3);
  }

  /** The English name, or null. */
  String name(String iso3) {
    return names.get(iso3);
  }

  Map<String, String> names() {
    return names;
  }

  /**
   * This table with more country codes: a user's dictionary may code places ISO 3166 does not know
   * ({@code [KOS]}, or a made-up state in test dictionaries) as countries. A known code keeps its name.
   */
  CountryTable plus(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(names);
    more.forEach(all::putIfAbsent);
    return new CountryTable(all);
  }
}
