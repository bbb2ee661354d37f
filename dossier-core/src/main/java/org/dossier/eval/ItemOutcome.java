package org.dossier.eval;

import java.util.Objects;
import java.util.Optional;
import org.dossier.model.Span;

/**
 * How one system did on one gold item, for error analysis.
 *
 * @param article the gold article id
 * @param span the gold quote (PolNeAR: the item's first quotation)
 * @param text the gold quotation text (PolNeAR: every quotation of the item, joined by one space)
 * @param goldSpeaker the gold canonical speaker (JSONL) or {@code Source} text (PolNeAR)
 * @param predicted the covering predicted quote, when one was found
 * @param speakerCorrect the speaker judged right (PolNeAR: lenient)
 * @param strictCorrect PolNeAR's strict rule; always false for JSONL gold
 */
public record ItemOutcome(
    String article,
    Span span,
    String text,
    Optional<String> goldSpeaker,
    Optional<PredictedQuote> predicted,
    boolean speakerCorrect,
    boolean strictCorrect) {

  public ItemOutcome {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(goldSpeaker, "goldSpeaker");
    Objects.requireNonNull(predicted, "predicted");
  }

  public boolean found() {
    return predicted.isPresent();
  }

  /** Missed, or found with a gold speaker that the prediction did not match. */
  public boolean wrong() {
    return !found() || goldSpeaker.isPresent() && !speakerCorrect;
  }

  /** {@code missed}, {@code wrong_speaker}, {@code no_speaker} (found, gold speaker, none predicted) or {@code ok}. */
  public String error() {
    if (!found()) return "missed";
    if (!wrong()) return "ok";
    return predicted.get().speaker().isPresent() ? "wrong_speaker" : "no_speaker";
  }
}
