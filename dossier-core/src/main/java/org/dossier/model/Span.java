package org.dossier.model;

/**
 * A half-open range {@code [begin, end)} of UTF-16 {@code char} offsets into an article's text exactly as
 * stored. The same unit as {@link String#substring(int, int)}, CoreNLP's character offsets and the browser.
 */
public record Span(int begin, int end) implements Comparable<Span> {

  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  /** The text this span covers in {@code text}; fails if the span runs past its end. */
  public String of(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(this + " is past the text length " + text.length());
    }
    return text.substring(begin, end);
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean contains(int offset) {
    return begin <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** Number of chars this span and {@code other} share. */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + begin + ".." + end + ")";
  }
}
