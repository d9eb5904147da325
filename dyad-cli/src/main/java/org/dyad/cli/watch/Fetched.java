package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * What one fetch gave: a body, "not modified", or a failure with its reason.
 *
 * @param uri the address asked for (before redirects)
 * @param body the body of a {@link Status#OK} answer, else empty
 * @param contentType the answer's {@code Content-Type}, or null
 * @param validators what to send on the next fetch of {@code uri}
 * @param reason why it failed, or null
 * @param code the HTTP status of the last answer, or 0 when there was none (a network failure, a deadline, a host not allowed)
 */
public record Fetched(URI uri, Status status, byte[] body, String contentType, Validators validators, String reason, int code) {
  /** How a fetch ended. */
  public enum Status { OK, NOT_MODIFIED, FAILED }

  public Fetched {
    requireNonNull(uri, "uri is null");
    requireNonNull(status, "status is null");
    requireNonNull(body, "body is null");
    requireNonNull(validators, "validators is null");
    if ((status == Status.FAILED) != (reason != null)) {
      throw new IllegalArgumentException("a failed fetch, and only one, has a reason: " + status + " / " + reason);
    }
  }

  static Fetched failed(URI uri, Validators known, String reason) {
    return failed(uri, known, reason, 0);
  }

  static Fetched failed(URI uri, Validators known, String reason, int code) {
    return new Fetched(uri, Status.FAILED, new byte[0], null, known, reason, code);
  }
}
