package org.dossier.model;

/** What kind of actor an entity is. Extraction may only know {@link #ORGANIZATION} where a dictionary knows more. */
public enum ActorType {
  PERSON,
  STATE,
  ARMED_GROUP,
  POLITICAL_ORGANIZATION,
  INTERNATIONAL_ORGANIZATION,
  NGO,
  MEDIA,
  ORGANIZATION,
  PLACE,
  OTHER;

  /** Lower-case name as shown to users and stored: {@code armed_group}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static ActorType fromLabel(String label) {
    return valueOf(label.strip().toUpperCase(java.util.Locale.ROOT));
  }
}
