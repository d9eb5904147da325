package org.dyad.store;

/** The store could not be opened, read or written (a full disk, a store locked by another process, a bad query). */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
