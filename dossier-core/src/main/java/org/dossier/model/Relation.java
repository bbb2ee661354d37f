package org.dossier.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A relation between two actors of an article, as one sentence states it: "Iran supports the militias".
 *
 * @param evidence the article and the span of the sentence that states it
 * @param sentence the text of that sentence
 * @param subject index into {@link ArticleFacts#actors()} of the actor the relation goes from
 * @param subjectMention the span of the mention of the subject in the sentence
 * @param type what the relation is
 * @param object index into {@link ArticleFacts#actors()} of the actor the relation goes to
 * @param objectMention the span of the mention of the object in the sentence
 * @param polarity +1 stated, -1 negated or denied ("denied arming"), 0 hedged or uncertain
 * @param trigger the span of the word that states it ("backs", "funding"), when there is one
 * @param claimedBy index into {@link ArticleFacts#actors()} of the speaker whose quotation or reported
 *     speech states the relation, or {@link #OUTLET} when the article states it in its own voice
 * @param rule the name of the extraction rule that found it, for explanations and error analysis
 */
public record Relation(
    Evidence evidence,
    String sentence,
    int subject,
    Span subjectMention,
    RelationType type,
    int object,
    Span objectMention,
    int polarity,
    Optional<Span> trigger,
    int claimedBy,
    String rule) {

  /** {@link #claimedBy} of a relation the article states in its own voice. */
  public static final int OUTLET = -1;

  public Relation {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(subjectMention, "subjectMention");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(objectMention, "objectMention");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(rule, "rule");
    if (subject < 0 || object < 0) throw new IllegalArgumentException("relation needs two actors: " + subject + ", " + object);
    if (subject == object) throw new IllegalArgumentException("relation of actor " + subject + " with itself");
    if (polarity < -1 || polarity > 1) throw new IllegalArgumentException("polarity must be -1, 0 or 1: " + polarity);
    if (claimedBy < OUTLET) throw new IllegalArgumentException("bad claimedBy " + claimedBy);
  }

  public Span span() {
    return evidence.span();
  }

  /** True when a speaker, not the article itself, states the relation. */
  public boolean attributed() {
    return claimedBy != OUTLET;
  }
}
