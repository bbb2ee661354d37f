package org.dossier.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * One relation a system got wrong, or right, for error analysis: a gold relation it missed or found, or a
 * predicted relation that is (or is not) in the gold. Immutable.
 *
 * @param article the gold article id
 * @param error {@code missed} (gold, no prediction matches), {@code false_positive} (predicted, no gold
 *     matches) or {@code ok}
 * @param subject the relation's subject as the gold or the system names it
 * @param evidence the gold evidence sentence, or the sentence the system took it from
 * @param rule the system's rule for a predicted relation; empty for a gold one
 */
public record RelationOutcome(String article, String error, String subject, String relation, String object,
    int polarity, String evidence, Optional<String> rule) {

  public static final String MISSED = "missed";
  public static final String FALSE_POSITIVE = "false_positive";
  public static final String OK = "ok";

  public RelationOutcome {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(rule, "rule");
  }

  /** Missed or false positive. */
  public boolean wrong() {
    return !error.equals(OK);
  }
}
