package org.dossier.search;

/**
 * A search could not be run: a query that does not parse, a missing or unreadable index. The message is
 * meant for the user and names the query or the index directory.
 */
public final class SearchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SearchException(String message) {
    super(message);
  }

  public SearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
