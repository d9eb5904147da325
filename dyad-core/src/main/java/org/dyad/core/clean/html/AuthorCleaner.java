package org.dyad.core.clean.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bylines into author names: drops "By", roles such as "Senior Reporter", calls to action
 * such as "Email the author", e-mail addresses, handles and links.
 */
final class AuthorCleaner {
  private static final Pattern LEADING = Pattern.compile("(?i)^(?:(?:written|posted|reported|words)\\s+)?"
      + "(?:by|author|authors|von|par|por)\\s*[:\\-]?\\s+");
  private static final Pattern CALLS = Pattern.compile("(?i)\\b(?:e-?mail|follow|contact|view|see|read|more)"
      + "\\b.*$");
  private static final Pattern ROLES = Pattern.compile("(?i)\\b(?:senior|staff|chief|deputy|associate|"
      + "managing|executive|contributing|special|political|news|reporter|editor|writer|correspondent|"
      + "columnist|contributor|journalist|analyst|producer|photographer|author|published|updated|posted)\\b");
  private static final Pattern EMAIL_OR_HANDLE = Pattern.compile("\\S+@\\S+|(?<!\\w)@\\w+|https?://\\S+");
  private static final Pattern CREDENTIAL_OR_SITE = Pattern.compile("^\\p{Lu}{1,4}$"
      + "|^(?:PhD|Ph\\.D\\.|M\\.D\\.)$|\\w\\.(?:com|net|org|co\\.uk|info)\\b|\\s(?:for|at)\\s");
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\||\\s+and\\s+|\\s+&\\s+|\\s+-\\s+|\\s+\u2013\\s+)\\s*");

  /** Clean names joined with ", ", or null when nothing name-like is left. */
  String clean(List<String> rawNames) {
    Set<String> names = new LinkedHashSet<>();
    for (String raw : rawNames) {
      names.addAll(namesIn(raw));
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  String clean(String raw) {
    return raw == null ? null : clean(List.of(raw));
  }

  private static List<String> namesIn(String raw) {
    List<String> names = new ArrayList<>();
    if (raw == null || raw.isBlank() || raw.trim().toLowerCase(Locale.ROOT).startsWith("http")) {
      return names;
    }
    String s = EMAIL_OR_HANDLE.matcher(raw.replace('\u00a0', ' ')).replaceAll(" ").trim();
    s = LEADING.matcher(s).replaceFirst("");
    for (String part : SPLIT.split(s)) {
      String name = LEADING.matcher(part.trim()).replaceFirst("");
      name = CALLS.matcher(name).replaceFirst("").trim();
      Matcher role = ROLES.matcher(name);
      if (role.find()) {
        // "Jane Doe Senior Reporter" keeps the name; "Transport Correspondent" keeps nothing
        name = name.substring(0, role.start()).trim();
        name = name.contains(" ") ? name : "";
      }
      if (looksLikeName(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static boolean looksLikeName(String s) {
    if (CREDENTIAL_OR_SITE.matcher(s).find()) {
      return false;
    }
    return s.length() >= 2 && s.length() <= 60 && s.chars().anyMatch(Character::isLetter)
        && s.split("\\s+").length <= 6;
  }
}
