package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Span;

/**
 * Finds quotations in raw text by their marks: straight {@code "}, curly {@code “ ”}, angle {@code « »} and
 * single curly {@code ‘ ’} (the last only where the marks cannot be apostrophes). Works on characters, not
 * tokens, so the spans are exact whatever the tokenizer did.
 *
 * <p>Paragraphs (runs of text between newlines) are scanned one at a time. A paragraph that opens a
 * quotation without closing it continues into the next paragraph when that one opens with a quote mark,
 * as newswire style has it; each paragraph's part becomes its own span, the later ones marked
 * {@link QuoteSpan#continued()}.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteFinder {

  private QuoteFinder() {}

  static boolean isOpener(char c) {
    return c == '"' || c == '\u201c' || c == '\u00ab' || c == '\u201e';
  }

  static boolean isCloser(char c) {
    return c == '"' || c == '\u201d' || c == '\u00bb' || c == '\u2019';
  }

  static List<QuoteSpan> find(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    int p = 0;
    boolean openFromPrevious = false;
    while (p < text.length()) {
      int nl = text.indexOf('\n', p);
      int end = nl < 0 ? text.length() : nl;
      if (end > p && !text.substring(p, end).isBlank()) {
        openFromPrevious = paragraph(text, p, end, openFromPrevious, out);
      }
      p = end + 1;
    }
    return out;
  }

  /** Scans one paragraph {@code [from, to)}; returns true when it leaves a double quotation open. */
  private static boolean paragraph(String text, int from, int to, boolean openFromPrevious, List<QuoteSpan> out) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) i++;
    boolean continuesPrevious = openFromPrevious && i < to && isOpener(text.charAt(i));
    int open = -1;
    char openMark = 0;
    for (; i < to; i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (c == '"' || c == '\u201c' || c == '\u00ab' || c == '\u201e') {
          if (c == '"' && !canOpenStraight(text, i, from)) continue;
          open = i;
          openMark = c;
        } else if (c == '\u2018' && canOpenSingle(text, i, from)) {
          int close = findSingleClose(text, i + 1, to);
          if (close > 0) {
            out.add(new QuoteSpan(new Span(i, close + 1), false, false));
            i = close;
          }
        }
      } else if (closes(openMark, c, text, i)) {
        out.add(new QuoteSpan(new Span(open, i + 1), false, false));
        fixContinued(out, continuesPrevious, open, from, text);
        open = -1;
      }
    }
    if (open >= 0) {
      int e = to;
      while (e > open + 1 && Character.isWhitespace(text.charAt(e - 1))) e--;
      out.add(new QuoteSpan(new Span(open, e), false, true));
      fixContinued(out, continuesPrevious, open, from, text);
      return openMark != '\u00ab';
    }
    return false;
  }

  /** Marks the span just added as continuing the previous paragraph's quotation if it opens the paragraph. */
  private static void fixContinued(List<QuoteSpan> out, boolean continuesPrevious, int open, int from, String text) {
    if (!continuesPrevious) return;
    if (!text.substring(from, open).isBlank()) return;
    QuoteSpan last = out.remove(out.size() - 1);
    out.add(new QuoteSpan(last.span(), true, last.runsOn()));
  }

  private static boolean closes(char openMark, char c, String text, int i) {
    return switch (openMark) {
      case '"' -> c == '"' || c == '\u201d';
      case '\u201c', '\u201e' -> c == '\u201d' || (c == '"' && !canOpenStraight(text, i, 0));
      case '\u00ab' -> c == '\u00bb';
      default -> false;
    };
  }

  /** A straight double quote opens when it is not glued to a preceding word ("5" tall" is not a quotation). */
  private static boolean canOpenStraight(String text, int i, int from) {
    if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) return false;
    if (i == from) return true;
    char prev = text.charAt(i - 1);
    return !Character.isLetterOrDigit(prev);
  }

  private static boolean canOpenSingle(String text, int i, int from) {
    if (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1))) return false;
    return i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  /** The closing ‘…’ mark: a right single quote not followed by a letter (so not "Iran’s"). */
  private static int findSingleClose(String text, int from, int to) {
    for (int j = from; j < to; j++) {
      char c = text.charAt(j);
      if (c == '\u2019') {
        boolean letterAfter = j + 1 < text.length() && Character.isLetter(text.charAt(j + 1));
        boolean letterBefore = Character.isLetterOrDigit(text.charAt(j - 1)) || ".,!?".indexOf(text.charAt(j - 1)) >= 0;
        if (!letterAfter && letterBefore) return j;
      }
      if (c == '\u201c' || c == '"') return -1;
    }
    return -1;
  }
}
