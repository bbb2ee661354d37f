package org.dossier.eval;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Span;

/**
 * Finds runs of text in double quote marks, straight ({@code "}) or curly ({@code “ ”}), as FORMAT.md's
 * PolNeAR rule counts them. An opening mark opens; a closing or straight mark closes an open run; a new
 * curly opening mark inside an open run restarts it, since news text leaves a quote unclosed at the end of
 * a paragraph when the next paragraph goes on quoting. Stateless.
 */
final class QuoteMarks {

  private QuoteMarks() {}

  /** Every closed run in {@code text[begin, end)}, marks included, in text order. */
  static List<Span> find(String text, int begin, int end) {
    List<Span> runs = new ArrayList<>();
    int open = -1;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (c == '"' || c == '“') open = i;
      } else if (c == '“') {
        open = i;
      } else if (c == '"' || c == '”') {
        runs.add(new Span(open, i + 1));
        open = -1;
      }
    }
    return runs;
  }

  /** Number of words between the marks of {@code run}: whitespace-separated parts with a letter or digit. */
  static int words(String text, Span run) {
    int n = 0;
    for (String part : text.substring(run.begin() + 1, run.end() - 1).split("\\s+")) {
      if (part.codePoints().anyMatch(Character::isLetterOrDigit)) n++;
    }
    return n;
  }
}
