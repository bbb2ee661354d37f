package org.dossier.model.text;

import java.util.Objects;
import org.dossier.model.Span;

/**
 * A named-entity mention found by the analyser: a maximal run of tokens with one entity tag.
 *
 * @param type CoreNLP-style tag: {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC},
 *     {@code DATE}, {@code NUMBER}, ...
 * @param tokenBegin first token index, inclusive
 * @param tokenEnd last token index, exclusive
 */
public record EntityMention(Span span, String text, String type, int sentence, int tokenBegin, int tokenEnd) {
  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (tokenEnd <= tokenBegin) throw new IllegalArgumentException("empty entity mention [" + tokenBegin + ", " + tokenEnd + ")");
  }
}
