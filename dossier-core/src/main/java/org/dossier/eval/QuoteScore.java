package org.dossier.eval;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Counts behind FORMAT.md's quote scores, and the scores computed from them. A ratio whose denominator is
 * zero is empty, never NaN. For {@link Dataset#GOLD} a gold item is a gold quote and the speaker is judged
 * by name; for {@link Dataset#POLNEAR} a gold item is an attribution, "found" means a predicted quote
 * overlaps its quotation, and the speaker is judged strict and lenient.
 *
 * @param articles articles scored
 * @param gold gold items (the {@code n} of reports)
 * @param found gold items covered by a predicted quote
 * @param predicted predicted quotes
 * @param predictedCorrect predicted quotes covering at least half of a gold quote or scare quote
 * @param withSpeaker gold items with a speaker (for PolNeAR, all)
 * @param foundWithSpeaker found gold items with a speaker
 * @param speakerCorrect items whose covering prediction names a matching speaker (PolNeAR: lenient)
 * @param strictCorrect PolNeAR only: items whose covering prediction's speaker mention overlaps the Source
 */
public record QuoteScore(
    Dataset dataset,
    int articles,
    int gold,
    int found,
    int predicted,
    int predictedCorrect,
    int withSpeaker,
    int foundWithSpeaker,
    int speakerCorrect,
    int strictCorrect) {

  public QuoteScore {
    Objects.requireNonNull(dataset, "dataset");
    if (articles < 0 || gold < 0 || found < 0 || predicted < 0 || predictedCorrect < 0 || withSpeaker < 0
        || foundWithSpeaker < 0 || speakerCorrect < 0 || strictCorrect < 0) {
      throw new IllegalArgumentException("negative count in " + this);
    }
    if (found > gold || predictedCorrect > predicted || withSpeaker > gold || foundWithSpeaker > withSpeaker
        || speakerCorrect > foundWithSpeaker || strictCorrect > speakerCorrect) {
      throw new IllegalArgumentException("inconsistent counts in " + this);
    }
  }

  /** All counts zero. */
  public static QuoteScore zero(Dataset dataset) {
    return new QuoteScore(dataset, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** The sum of both: micro-averaging over articles. */
  public QuoteScore plus(QuoteScore o) {
    if (o.dataset != dataset) throw new IllegalArgumentException("cannot add " + o.dataset + " to " + dataset + " scores");
    return new QuoteScore(dataset, articles + o.articles, gold + o.gold, found + o.found, predicted + o.predicted,
        predictedCorrect + o.predictedCorrect, withSpeaker + o.withSpeaker, foundWithSpeaker + o.foundWithSpeaker,
        speakerCorrect + o.speakerCorrect, strictCorrect + o.strictCorrect);
  }

  /** Gold items found (PolNeAR: coverage). */
  public OptionalDouble recall() {
    return ratio(found, gold);
  }

  public OptionalDouble precision() {
    return ratio(predictedCorrect, predicted);
  }

  /** Over every gold item with a speaker; a missed quote counts as wrong. PolNeAR: lenient. */
  public OptionalDouble speakerAccuracy() {
    return ratio(speakerCorrect, withSpeaker);
  }

  /** Over found gold items with a speaker only. PolNeAR: lenient. */
  public OptionalDouble speakerAccuracyFound() {
    return ratio(speakerCorrect, foundWithSpeaker);
  }

  /** PolNeAR's strict rule over every item; empty for JSONL gold, which has no gold mention spans. */
  public OptionalDouble speakerAccuracyStrict() {
    return dataset == Dataset.POLNEAR ? ratio(strictCorrect, withSpeaker) : OptionalDouble.empty();
  }

  /** PolNeAR's strict rule over found items only; empty for JSONL gold. */
  public OptionalDouble speakerAccuracyStrictFound() {
    return dataset == Dataset.POLNEAR ? ratio(strictCorrect, foundWithSpeaker) : OptionalDouble.empty();
  }

  private static OptionalDouble ratio(int num, int den) {
    return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) num / den);
  }
}
