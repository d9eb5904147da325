package org.dyad.core.clean;

import java.net.URI;
import java.util.Locale;

/** The site name a URL gives when a page names none: its host, lower case, without {@code www.}. */
public final class UrlHosts {
  private UrlHosts() {}

  /** The host of a URL, or null for a blank or unparseable URL or one without a host. */
  public static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
