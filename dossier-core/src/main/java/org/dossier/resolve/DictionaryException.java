package org.dossier.resolve;

/**
 * An actor dictionary that cannot be read or is malformed. The message names the file, the line when
 * there is one, and the reason: {@code my-actors.tsv:12: unknown actor type 'militia'; expected one of ...}.
 */
public final class DictionaryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DictionaryException(String message) {
    super(message);
  }

  public DictionaryException(String message, Throwable cause) {
    super(message, cause);
  }
}
