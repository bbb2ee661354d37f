package org.dossier.app;

/**
 * What one ingest did.
 *
 * @param stored new articles stored
 * @param replaced articles re-extracted with a newer extraction version
 * @param unchanged articles already stored with this version
 * @param duplicates inputs whose text repeats an article earlier in the same batch: one article, counted once
 * @param rejected inputs the readers rejected
 * @param failed articles that were read but could not be analysed or stored
 * @param ignored files of unknown type skipped inside directories
 * @param tokens tokens analysed
 * @param seconds wall time of the whole ingest
 */
public record IngestReport(int stored, int replaced, int unchanged, int duplicates, int rejected, int failed, int ignored,
    long tokens, double seconds) {

  /** True when every input was stored or already there. */
  public boolean clean() {
    return rejected == 0 && failed == 0;
  }

  /** One line: {@code stored 802, replaced 0, unchanged 0, rejected 2, failed 0 in 212.4 s (3.8 articles/s, ...)}. */
  public String summary() {
    int analysed = stored + replaced;
    String rate = analysed > 0 && seconds > 0 ? String.format(" (%.1f articles/s, %.0f tokens/s)", analysed / seconds, tokens / seconds) : "";
    String ign = ignored > 0 ? ", ignored " + ignored + " files of unknown type" : "";
    String dup = duplicates > 0 ? ", duplicates " + duplicates : "";
    return String.format("stored %d, replaced %d, unchanged %d%s, rejected %d, failed %d%s in %.1f s%s", stored, replaced,
        unchanged, dup, rejected, failed, ign, seconds, rate);
  }
}
