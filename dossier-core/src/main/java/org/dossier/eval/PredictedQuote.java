package org.dossier.eval;

import java.util.Objects;
import java.util.Optional;
import org.dossier.model.Span;

/**
 * A direct quotation as some system (Dossier, CoreNLP's quote annotator) predicts it, in a form the
 * scorer can judge without knowing the system.
 *
 * @param span the quotation, marks included
 * @param speaker the system's canonical speaker name; empty when it names nobody
 * @param speakerMention the span of the speaker mention the system points to, when it has one
 * @param rule what produced the attribution (a Dossier rule, a CoreNLP sieve), for error analysis
 */
public record PredictedQuote(Span span, Optional<String> speaker, Optional<Span> speakerMention, String rule) {
  public PredictedQuote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerMention, "speakerMention");
    Objects.requireNonNull(rule, "rule");
  }
}
