package org.dossier.cli;

import java.io.PrintWriter;
import org.dossier.app.ProgressListener;

/**
 * Shows ingest progress on stderr: done/total, articles per second and time left. On a terminal the line
 * redraws in place; otherwise (a log file, CI) a line is printed every tenth of the work.
 *
 * <p>Not thread-safe; the ingest calls it from one thread.
 */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private int lastDecile = -1;
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void problem(String message) {
    if (drawn) err.print("\r\033[K");
    err.println(message);
    err.flush();
  }

  @Override
  public void progress(int done, int total, long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    long left = rate > 0 ? Math.round((total - done) / rate) : 0;
    String line = String.format("%s %d/%d  %.1f articles/s  %s left", bar(done, total), done, total, rate, time(left));
    if (terminal) {
      long now = System.nanoTime();
      if (done < total && now - lastDraw < 200_000_000L) return;
      lastDraw = now;
      err.print("\r\033[K" + line);
      drawn = true;
      if (done == total) {
        err.println();
        drawn = false;
      }
      err.flush();
    } else {
      int decile = total == 0 ? 10 : done * 10 / total;
      if (decile != lastDecile) {
        lastDecile = decile;
        err.println(line);
        err.flush();
      }
    }
  }

  private static String bar(int done, int total) {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "]";
  }

  static String time(long seconds) {
    return seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
  }
}
