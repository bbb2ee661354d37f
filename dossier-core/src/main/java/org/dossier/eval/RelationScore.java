package org.dossier.eval;

import java.util.OptionalDouble;

/**
 * Counts behind FORMAT.md's relation scores, and the micro-averaged scores computed from them. Every count
 * is of distinct relations: a relation stated twice in an article, or a symmetric one stated both ways, is
 * one. A ratio whose denominator is zero is empty, never NaN. Immutable.
 *
 * @param articles articles scored (those whose relations were annotated)
 * @param gold distinct gold relations (the {@code n_gold} of reports)
 * @param predicted distinct predicted relations ({@code n_predicted})
 * @param goldFound gold relations matched by at least one predicted relation
 * @param predictedCorrect predicted relations that match at least one gold relation
 * @param polarityAgreed found gold relations of which a matching prediction has the gold polarity
 */
public record RelationScore(int articles, int gold, int predicted, int goldFound, int predictedCorrect,
    int polarityAgreed) {

  public RelationScore {
    if (articles < 0 || gold < 0 || predicted < 0 || goldFound < 0 || predictedCorrect < 0 || polarityAgreed < 0) {
      throw new IllegalArgumentException("negative count in " + this);
    }
    if (goldFound > gold || predictedCorrect > predicted || polarityAgreed > goldFound) {
      throw new IllegalArgumentException("inconsistent counts in " + this);
    }
  }

  /** All counts zero. */
  public static final RelationScore ZERO = new RelationScore(0, 0, 0, 0, 0, 0);

  /** The sum of both: micro-averaging over articles. */
  public RelationScore plus(RelationScore o) {
    return new RelationScore(articles + o.articles, gold + o.gold, predicted + o.predicted, goldFound + o.goldFound,
        predictedCorrect + o.predictedCorrect, polarityAgreed + o.polarityAgreed);
  }

  /** Predicted relations that are correct, over all predicted relations. */
  public OptionalDouble precision() {
    return ratio(predictedCorrect, predicted);
  }

  /** Gold relations found, over all gold relations. */
  public OptionalDouble recall() {
    return ratio(goldFound, gold);
  }

  /**
   * The harmonic mean of precision and recall; 0 when nothing is found (no predictions for some gold, or
   * predictions and no gold), empty only when there is neither gold nor prediction.
   */
  public OptionalDouble f1() {
    if (gold == 0 && predicted == 0) return OptionalDouble.empty();
    double p = precision().orElse(0);
    double r = recall().orElse(0);
    return OptionalDouble.of(p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** Over found gold relations, the share whose matching prediction has the same polarity. */
  public OptionalDouble polarityAgreement() {
    return ratio(polarityAgreed, goldFound);
  }

  private static OptionalDouble ratio(int num, int den) {
    return den == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) num / den);
  }
}
