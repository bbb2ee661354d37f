package org.dossier.app;

/** Hears how an ingest is going. Called from the ingesting thread only. */
public interface ProgressListener {
  /** An input was rejected or an article failed: {@code message} names the file, line and reason. */
  void problem(String message);

  /** Something the user should know that is not a failure, e.g. an input that repeats an earlier one. */
  default void note(String message) {
    problem(message);
  }

  /** {@code done} of {@code total} articles are finished (stored, replaced or failed). */
  void progress(int done, int total, long elapsedNanos);

  ProgressListener NONE = new ProgressListener() {
    @Override
    public void problem(String message) {}

    @Override
    public void progress(int done, int total, long elapsedNanos) {}
  };
}
