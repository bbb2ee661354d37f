package org.dossier.extract;

import org.dossier.model.Span;

/**
 * A stretch of text in quote marks.
 *
 * @param span from the opening mark to the closing mark inclusive (or to the end of the paragraph when the
 *     quotation runs on into the next paragraph)
 * @param continued true when this span continues a quotation left open at the end of the previous paragraph
 * @param runsOn true when the quotation is left open at the end of its paragraph and continues in the next
 */
record QuoteSpan(Span span, boolean continued, boolean runsOn) {

  /** The quoted words without the marks. */
  Span inner(String text) {
    int b = span.begin() + 1;
    int e = span.end();
    if (!runsOn && e > b && QuoteFinder.isCloser(text.charAt(e - 1))) e--;
    return new Span(b, Math.max(b, e));
  }

  /** Number of words between the marks. */
  int words(String text) {
    String inner = inner(text).of(text).strip();
    return inner.isEmpty() ? 0 : inner.split("\\s+").length;
  }
}
