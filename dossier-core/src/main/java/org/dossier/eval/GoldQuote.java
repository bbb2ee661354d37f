package org.dossier.eval;

import java.util.Objects;
import java.util.Optional;
import org.dossier.model.Span;

/**
 * A direct quotation in gold data.
 *
 * @param span the quotation including its quote marks
 * @param text the text the span covers
 * @param speaker canonical name of who said it; empty when the article names nobody (and always for
 *     PolNeAR, whose sources are local mentions)
 * @param speakerMention the explicit mention a reader would point to
 * @param speakerTitle the speaker's title or affiliation, when the gold gives one
 */
public record GoldQuote(
    Span span, String text, Optional<String> speaker, Optional<String> speakerMention, Optional<String> speakerTitle) {

  public GoldQuote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerMention, "speakerMention");
    Objects.requireNonNull(speakerTitle, "speakerTitle");
  }
}
