package org.dossier.model.text;

import java.util.Objects;
import org.dossier.model.Span;

/**
 * A time expression normalised against the document date.
 *
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value TIMEX3 value, e.g. {@code 2016-12-11} or {@code 2016-W49}; empty when not normalisable
 */
public record Timex(Span span, String text, String type, String value) {
  public Timex {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
