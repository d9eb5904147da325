package org.dyad.core.places;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.CleanedArticle;
import org.dyad.model.EntityMention;

/**
 * Gives each LOCATION and COUNTRY mention its place. The countries the article's mentions carry,
 * the dateline's country and the article's other places (a first pass) are the context; a name
 * never counts as context for itself, so "Georgia" alone does not decide what "Georgia" means. A
 * place written with its container ("Paris, Texas") lies in it when it can.
 */
public final class PlaceResolver {
  private static final Pattern APPOSITION = Pattern.compile("\\s*,\\s*");
  private final Geocoder geocoder;

  public PlaceResolver(Geocoder geocoder) {
    this.geocoder = requireNonNull(geocoder, "geocoder is null");
  }

  /** The mentions in the same order, LOCATION and COUNTRY ones with a place when the gazetteer knows it. */
  public List<EntityMention> resolve(CleanedArticle article, List<EntityMention> mentions) {
    String dateline = datelineCountry(article);
    Map<String, PlaceEntry> first = pass(article.text(), mentions, dateline, Map.of());
    Map<String, PlaceEntry> second = pass(article.text(), mentions, dateline, first);
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      PlaceEntry e = isPlace(m) ? second.get(key(m)) : null;
      out.add(e == null ? m : m.withPlace(e.toPlace()));
    }
    return out;
  }

  /** The dateline's country (alpha-3), or null. */
  public String datelineCountry(CleanedArticle article) {
    if (article.dateline() == null) {
      return null;
    }
    PlaceEntry e = geocoder.resolve(article.dateline().place(), null, PlaceContext.NONE);
    return e == null ? null : e.country3();
  }

  private Map<String, PlaceEntry> pass(String text, List<EntityMention> mentions, String dateline,
      Map<String, PlaceEntry> earlier) {
    Map<String, PlaceEntry> out = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention m = mentions.get(i);
      String key = key(m);
      if (isPlace(m) && !out.containsKey(key)) {
        PlaceContext context = new PlaceContext(countriesBesides(key, mentions, earlier), dateline);
        out.put(key, place(m, context, container(text, mentions, i, earlier)));
      }
    }
    return out;
  }

  /** The earlier place of the mention written right after this one and a comma ("Paris, Texas"), or null. */
  private static PlaceEntry container(String text, List<EntityMention> mentions, int i, Map<String, PlaceEntry> earlier) {
    if (i + 1 >= mentions.size()) {
      return null;
    }
    EntityMention m = mentions.get(i);
    EntityMention next = mentions.get(i + 1);
    boolean apposed = next.start() >= m.end() && isPlace(next)
        && APPOSITION.matcher(text.substring(m.end(), Math.min(text.length(), next.start()))).matches();
    return apposed ? earlier.get(key(next)) : null;
  }

  /**
   * A mention's place by its name; a mention written as a place of its country ("Moscow" for
   * Russia's government) lies where the text says, so its text is tried first.
   */
  private PlaceEntry place(EntityMention m, PlaceContext context, PlaceEntry container) {
    if (!m.text().equals(m.name()) && m.country() != null) {
      PlaceEntry written = geocoder.resolve(m.text(), m.country(), context, container);
      if (written != null && written.country3().equals(m.country())) {
        return written;
      }
    }
    PlaceEntry e = geocoder.resolve(m.name(), m.country(), context, container);
    if (e == null && !m.text().equals(m.name())) {
      e = geocoder.resolve(m.text(), m.country(), context, container);
    }
    if (e == null && m.type().equals("COUNTRY")) {
      e = geocoder.index().country(m.country());
    }
    return e;
  }

  private static Set<String> countriesBesides(String key, List<EntityMention> mentions, Map<String, PlaceEntry> earlier) {
    Set<String> out = new HashSet<>();
    for (EntityMention m : mentions) {
      if (key(m).equals(key)) {
        continue;
      }
      if (m.country() != null) {
        out.add(m.country());
      }
      PlaceEntry e = earlier.get(key(m));
      if (e != null && isPlace(m)) {
        out.add(e.country3());
      }
    }
    return out;
  }

  static boolean isPlace(EntityMention m) {
    return m.type().equals("LOCATION") || m.type().equals("COUNTRY");
  }

  /** Mentions of one name written the same way share a place ("Tajik" and "Dushanbe" both name Tajikistan, but not one place). */
  private static String key(EntityMention m) {
    return PlaceKey.of(m.name()) + "|" + PlaceKey.of(m.text());
  }
}
