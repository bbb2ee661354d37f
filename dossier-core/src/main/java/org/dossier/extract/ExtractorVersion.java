package org.dossier.extract;

/**
 * The version of the extraction stored with every article's facts. Bump it whenever a change to
 * analysis or extraction changes what is extracted: re-ingesting (or {@code dossier reextract}) then
 * replaces the facts of articles stored with an older version.
 */
public final class ExtractorVersion {
  /**
   * The current version. It is set through {@link #version} so that it is no compile-time constant: a module
   * compiled against an older value would otherwise keep that value inlined after an incremental build.
   */
  public static final String CURRENT = version("0.3.19");

  private ExtractorVersion() {}

  private static String version(String v) {
    return v;
  }
}
