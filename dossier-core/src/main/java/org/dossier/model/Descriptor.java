package org.dossier.model;

import java.util.Objects;

/**
 * A title or affiliation given to an actor in an article ("professor of Middle Eastern politics at the
 * London School of Economics"), with its span.
 */
public record Descriptor(Span span, String text) {
  public Descriptor {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
