package org.dossier.eval;

import java.util.Objects;

/**
 * A relation as some system predicts it, in the form the scorer judges: names and a label, no indices.
 *
 * @param subject the canonical name of the actor the relation goes from
 * @param relation a {@link org.dossier.model.RelationType#label()}: {@code supports}, {@code member_of}, ...
 * @param object the canonical name of the actor the relation goes to
 * @param polarity +1 stated, -1 negated or denied, 0 hedged
 * @param evidence the sentence that states it, for error analysis
 * @param rule what produced it, for error analysis
 */
public record PredictedRelation(String subject, String relation, String object, int polarity, String evidence,
    String rule) {
  public PredictedRelation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(rule, "rule");
    if (polarity < -1 || polarity > 1) throw new IllegalArgumentException("polarity must be -1, 0 or 1: " + polarity);
  }
}
