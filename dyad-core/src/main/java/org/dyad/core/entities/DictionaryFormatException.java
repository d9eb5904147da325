package org.dyad.core.entities;

/** A dictionary file is malformed. The message names the file and line ("roles.tsv:12: ..."). */
public final class DictionaryFormatException extends RuntimeException {
  public DictionaryFormatException(String message) {
    super(message);
  }
}
