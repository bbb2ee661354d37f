package org.dossier.model.text;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Span;

/**
 * A sentence: its span and its tokens {@code [tokenBegin, tokenEnd)} in {@link AnalyzedText#tokens()}.
 *
 * @param dependencies the sentence's dependency parse; empty when it was not parsed
 */
public record Sentence(int index, Span span, int tokenBegin, int tokenEnd, List<Dependency> dependencies) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    if (tokenBegin < 0 || tokenEnd < tokenBegin) throw new IllegalArgumentException("bad token range [" + tokenBegin + ", " + tokenEnd + ")");
    dependencies = List.copyOf(dependencies);
  }

  public int size() {
    return tokenEnd - tokenBegin;
  }

  public boolean parsed() {
    return !dependencies.isEmpty();
  }
}
