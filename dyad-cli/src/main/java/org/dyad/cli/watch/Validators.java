package org.dyad.cli.watch;

/**
 * What a server said about a feed's version, sent back on the next fetch so an unchanged feed costs a
 * {@code 304 Not Modified}: its {@code ETag} and {@code Last-Modified} headers, each null when not given.
 */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators(null, null);
}
