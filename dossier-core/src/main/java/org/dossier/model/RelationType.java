package org.dossier.model;

import java.util.Locale;

/** The kinds of relation between two actors that Dossier extracts. */
public enum RelationType {
  /** Backs, funds, arms, trains, provides air support to, is allied with. */
  SUPPORTS(false),
  /** Commands, leads, controls. */
  DIRECTS(false),
  /** Is part of, affiliated with, a faction of. */
  MEMBER_OF(false),
  /** Fights, attacks, clashes with, is at war with, rivals. */
  OPPOSES(true),
  /** Negotiates or holds talks with. */
  NEGOTIATES_WITH(true);

  private final boolean symmetric;

  RelationType(boolean symmetric) {
    this.symmetric = symmetric;
  }

  /** True when "A r B" says the same as "B r A" ({@code opposes}, {@code negotiates_with}). */
  public boolean symmetric() {
    return symmetric;
  }

  /** Lower-case name as shown to users, stored and used in gold files: {@code member_of}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type for a label such as {@code negotiates_with}; case and surrounding blanks are ignored. */
  public static RelationType fromLabel(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
