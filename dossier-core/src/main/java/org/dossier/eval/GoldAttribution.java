package org.dossier.eval;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Span;

/**
 * A PolNeAR evaluation item: an attribution whose {@code Content} contains at least one quotation in
 * quote marks of three or more words, and which has a {@code Source}.
 *
 * @param id the brat event id, e.g. {@code E4}
 * @param quotations every such quotation inside the content, marks included, in text order (never empty)
 * @param source the fragments of the {@code Source} span (never empty)
 * @param sourceText the source's text, fragments joined by one space as brat does
 */
public record GoldAttribution(String id, List<Span> quotations, List<Span> source, String sourceText) {
  public GoldAttribution {
    Objects.requireNonNull(id, "id");
    quotations = List.copyOf(quotations);
    source = List.copyOf(source);
    Objects.requireNonNull(sourceText, "sourceText");
    if (quotations.isEmpty()) throw new IllegalArgumentException("attribution " + id + " has no quotation");
    if (source.isEmpty()) throw new IllegalArgumentException("attribution " + id + " has no source");
  }
}
