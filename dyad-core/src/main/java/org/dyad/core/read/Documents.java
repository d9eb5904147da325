package org.dyad.core.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.dyad.model.ContentType;
import org.dyad.model.Issue;
import org.dyad.model.RawDocument;

/** Small shared pieces of the readers: the stage name, issues and the empty document that carries one. */
final class Documents {
  static final String STAGE = "read";

  private Documents() {}

  static Issue issue(String code, String message) {
    return new Issue(STAGE, code, message);
  }

  /** An input that gave no text: an empty document that says why. */
  static RawDocument failed(String id, String origin, String code, String message) {
    return new RawDocument(id, origin, null, null, null, "", ContentType.TEXT, List.of(issue(code, message)));
  }

  static LocalDate day(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  static LocalDate day(Date date) {
    return date == null ? null : day(date.toInstant());
  }

  /** The first line of an exception message, or its class name when it has none. */
  static String reason(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
