package org.dossier.extract;

/**
 * The version of the extraction stored with every article's facts. Bump it whenever a change to
 * analysis or extraction changes what is extracted: re-ingesting (or {@code dossier reextract}) then
 * replaces the facts of articles stored with an older version.
 */
public final class ExtractorVersion {
  public static final String CURRENT = "0.3.15";

  private ExtractorVersion() {}
}
