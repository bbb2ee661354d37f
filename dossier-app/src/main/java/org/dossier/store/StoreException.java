package org.dossier.store;

/**
 * The knowledge base could not be read or written: a broken or foreign database file, a locked database,
 * a full disk. The message names the file or the article concerned.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
