package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a watch remembers of one source between cycles.
 *
 * @param seen the keys of the items (guid, else link) or files (path, size and modification time) listed
 *     at the last successful poll: only what is not among them is new. Items and files that leave the
 *     source leave this set too, so it stays as small as the source.
 * @param etag the feed's last {@code ETag}, or null
 * @param lastModified the feed's last {@code Last-Modified}, or null
 * @param failures how many polls in a row failed (0 after a success)
 * @param retryAt the first cycle at which a failed source is polled again (back-off)
 * @param lastError the last failure's reason, or null
 */
public record SourceMemory(Set<String> seen, String etag, String lastModified, int failures, int retryAt, String lastError) {
  /** Back-off doubles per failure in a row up to this many cycles (16 hours at 15 minutes). */
  static final int MAX_BACKOFF = 64;
  public static final SourceMemory NEW = new SourceMemory(Set.of(), null, null, 0, 0, null);

  public SourceMemory {
    seen = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(seen, "seen is null")));
    if (failures < 0 || retryAt < 0) {
      throw new IllegalArgumentException("failures and retryAt cannot be negative");
    }
  }

  Validators validators() {
    return new Validators(etag, lastModified);
  }

  /** Whether the source is polled in this cycle (not backing off). */
  boolean due(int cycle) {
    return cycle >= retryAt;
  }

  /** After a poll that listed these items or files. */
  SourceMemory listed(Set<String> keys, Validators v) {
    return new SourceMemory(keys, v.etag(), v.lastModified(), 0, 0, null);
  }

  /** After a poll that said nothing changed. */
  SourceMemory unchanged() {
    return new SourceMemory(seen, etag, lastModified, 0, 0, null);
  }

  /** After a failed poll in {@code cycle}: tried again after 1, 2, 4 ... cycles. */
  SourceMemory failed(int cycle, String reason) {
    int n = failures + 1;
    return new SourceMemory(seen, etag, lastModified, n, cycle + Math.min(MAX_BACKOFF, 1 << Math.min(n - 1, 30)), reason);
  }
}
