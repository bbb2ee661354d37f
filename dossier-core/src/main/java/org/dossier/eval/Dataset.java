package org.dossier.eval;

import java.util.Locale;

/** Which kind of gold data an evaluation reads; decides which rules of FORMAT.md apply. */
public enum Dataset {
  /** Dossier's own JSON Lines gold format: quotes with canonical speakers. */
  GOLD,
  /** PolNeAR brat standoff: attributions with local {@code Source} mentions. */
  POLNEAR;

  /** Lower-case name as printed in reports: {@code polnear}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
