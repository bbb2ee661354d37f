package org.dossier.model;

/** How a quotation appears in text. */
public enum QuoteKind {
  /** Words in quote marks attributed to someone. */
  DIRECT,
  /** Indirect speech: "X said (that) ...", "according to X, ...". The span is the content, no marks. */
  REPORTED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
