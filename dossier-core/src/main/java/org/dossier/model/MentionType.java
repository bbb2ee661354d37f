package org.dossier.model;

/** The kind of an entity mention in text. */
public enum MentionType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  NATIONALITY,
  DATE,
  NUMBER,
  MISC,
  /** A pronoun or descriptive noun phrase ("he", "the professor") resolved to an actor. */
  REFERENCE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
