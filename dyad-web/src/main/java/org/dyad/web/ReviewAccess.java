package org.dyad.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Who may write reviews to a served store: those who send the token given at start, in a request header (never a
 * cookie, so no page of another site can send it for them). A read-only server has no token and takes no writes.
 *
 * @param token the secret a write must carry, or null for a read-only server
 */
public record ReviewAccess(String token) {
  /** A server that refuses every write. */
  public static final ReviewAccess READ_ONLY = new ReviewAccess(null);
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~-]{16,200}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public ReviewAccess {
    if (token != null && !TOKEN.matcher(token).matches()) {
      throw new IllegalArgumentException("--review-token: want 16 to 200 letters, digits or . _ ~ -");
    }
  }

  /** Writes allowed with a fresh random token (192 bits). */
  public static ReviewAccess generated() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return new ReviewAccess(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** True when this server takes writes at all. */
  public boolean writable() {
    return token != null;
  }

  /** True when {@code sent} is the token (compared in constant time). */
  boolean accepts(String sent) {
    return token != null && sent != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
