package org.dossier.cli;

/** The program's exit codes, in one place. */
public final class ExitCodes {
  /** Everything was done; every input stored or unchanged. */
  public static final int OK = 0;
  /** An internal error: a bug or a broken environment (disk full, database locked). */
  public static final int INTERNAL_ERROR = 1;
  /** The command line was wrong (picocli's default for usage errors). */
  public static final int USAGE = 2;
  /** Finished, but some inputs were rejected (each one named on stderr). */
  public static final int REJECTED_INPUT = 3;
  /** A query found nothing to show (for example an unknown actor). */
  public static final int NOT_FOUND = 4;

  private ExitCodes() {}
}
