package org.dossier.eval;

import java.util.Objects;

/**
 * A relation between two actors in gold data.
 *
 * @param relation one of {@code supports}, {@code directs}, {@code member_of}, {@code opposes},
 *     {@code negotiates_with}
 * @param polarity +1, -1 or 0
 * @param evidence the sentence that states it
 */
public record GoldRelation(String subject, String relation, String object, int polarity, String evidence) {
  public GoldRelation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(evidence, "evidence");
    if (polarity < -1 || polarity > 1) throw new IllegalArgumentException("polarity must be -1, 0 or 1: " + polarity);
  }
}
