package org.dyad.cli.watch;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The hosts a watch may fetch from, as its user named them ({@code --allow-host}): a feed, a linked page
 * and every redirect hop must be {@code http} or {@code https} on one of them. Nothing else is fetched.
 */
public record HostAllowList(Set<String> hosts) {
  private static final Pattern HOST = Pattern.compile("[a-z0-9.-]+|\\[[0-9a-f:.]+]");

  public HostAllowList {
    TreeSet<String> clean = new TreeSet<>();
    for (String h : hosts) {
      String host = h.strip().toLowerCase(Locale.ROOT);
      if (!HOST.matcher(host).matches()) {
        throw new IllegalArgumentException("--allow-host wants a host name or address such as news.example.org or 127.0.0.1: '" + h + "'");
      }
      clean.add(host);
    }
    hosts = Set.copyOf(clean);
  }

  /** Whether this address may be fetched: http(s) on an allowed host. */
  public boolean allows(URI uri) {
    if (uri == null || uri.getHost() == null || uri.getScheme() == null) {
      return false;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
  }
}
