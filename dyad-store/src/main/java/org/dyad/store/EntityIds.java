package org.dyad.store;

import java.text.Normalizer;
import java.util.Locale;
import org.dyad.model.EntityMention;

/**
 * Corpus-wide entity ids: the same person, organisation or country gets the same id in every
 * article, from its type and canonical name ({@code person:dmitry-peskov}, {@code country:rus}).
 */
public final class EntityIds {
  private EntityIds() {
  }

  public static String of(EntityMention e) {
    if (e.type().equals("COUNTRY") && e.country() != null) {
      return "country:" + e.country().toLowerCase(Locale.ROOT);
    }
    return of(e.type(), e.name());
  }

  public static String of(String type, String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return type.toLowerCase(Locale.ROOT) + ":" + (slug.isEmpty() ? "unnamed" : slug);
  }
}
