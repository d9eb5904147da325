package org.dyad.model;

import static java.util.Objects.requireNonNull;

/**
 * Something a stage noticed about bad or odd content. Issues never stop the pipeline; they travel
 * with the result so a reader can see why an article came out thin.
 *
 * @param stage the stage that raised it, for example {@code clean} or {@code read}
 * @param code a short stable code such as {@code empty} or {@code not-english}
 * @param message a sentence for people
 */
public record Issue(String stage, String code, String message) {
  public Issue {
    requireNonNull(stage, "stage is null");
    requireNonNull(code, "code is null");
    requireNonNull(message, "message is null");
  }
}
