package org.dossier.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quotation: direct (in quote marks, the span includes the marks) or reported speech (the span is the
 * content).
 *
 * @param speaker empty when the article does not say who spoke
 * @param cue the attribution cue ("said", "told Reuters", "according to"), when there is one
 * @param about indexes into {@link ArticleFacts#actors()} of the actors mentioned inside the quotation
 * @param rule name of the rule that found the speaker, for explanation and error analysis
 */
public record Quote(
    Evidence evidence,
    String text,
    QuoteKind kind,
    Optional<Speaker> speaker,
    Optional<Span> cue,
    List<Integer> about,
    String rule) {

  public Quote {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
    about = List.copyOf(about);
    Objects.requireNonNull(rule, "rule");
  }

  public Span span() {
    return evidence.span();
  }
}
