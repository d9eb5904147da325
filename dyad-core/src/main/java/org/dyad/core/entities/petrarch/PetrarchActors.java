package org.dyad.core.entities.petrarch;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.entities.ActorEntry;

/** The actors of a PETRARCH/TABARI {@code .actors.txt} file: phrases with their (dated) codes. */
public final class PetrarchActors {
  /** One actor: its phrases (the first is its name) and its codes. */
  public record Actor(List<String> phrases, List<DatedCode> codes) {
    public Actor {
      phrases = List.copyOf(new java.util.LinkedHashSet<>(phrases));
      codes = List.copyOf(codes);
      if (phrases.isEmpty()) {
        throw new IllegalArgumentException("an actor needs a phrase");
      }
    }

    /** The code on a date: a dated code that covers it, else the undated one, else the last; null if none. */
    String codeOn(LocalDate date) {
      DatedCode undated = null;
      for (DatedCode c : codes) {
        if (date != null && !c.isUndated() && c.covers(date)) {
          return c.code();
        }
        if (c.isUndated()) {
          undated = c;
        }
      }
      if (undated != null) {
        return undated.code();
      }
      return codes.isEmpty() ? null : codes.get(codes.size() - 1).code();
    }
  }

  private final List<Actor> actors;

  PetrarchActors(List<Actor> actors) {
    this.actors = List.copyOf(actors);
  }

  public List<Actor> actors() {
    return actors;
  }

  /**
   * Entries for Dyad's entity resolver as of {@code date} (null: undated codes). A three-letter code
   * is a country (so "Ruritanian troops" becomes its country plus MIL), a longer one an organisation.
   * Codes that are not actor codes ({@code ---}, {@code +++}) are left out.
   */
  public List<ActorEntry> entriesOn(LocalDate date) {
    List<ActorEntry> out = new ArrayList<>();
    for (Actor a : actors) {
      String code = a.codeOn(date);
      if (code == null || !code.matches("([A-Z0-9]{3})+")) {
        continue;
      }
      String type = code.length() == 3 ? "COUNTRY" : "ORGANIZATION";
      String name = displayName(a.phrases().get(0));
      for (String p : a.phrases()) {
        out.add(new ActorEntry(p, type, name, code));
      }
    }
    return out;
  }

  /** "UNITED STATES" as "United States"; words of up to three letters ("UN", "USA") stay as written. */
  static String displayName(String phrase) {
    StringBuilder b = new StringBuilder();
    for (String w : phrase.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.length() <= 3 ? w : w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return b.toString();
  }

  static Actor actor(List<String> phrases, List<DatedCode> codes) {
    requireNonNull(phrases, "phrases is null");
    return new Actor(phrases, codes);
  }
}
