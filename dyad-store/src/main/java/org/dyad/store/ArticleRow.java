package org.dyad.store;

import java.time.LocalDate;

/** A stored article in a listing, with the number of its copies, quotes and events. */
public record ArticleRow(String key, String id, String url, String source, String title, LocalDate published,
    long copies, long quotes, long events) {
}
