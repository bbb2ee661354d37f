package org.dossier.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.dossier.model.RelationType;

/**
 * Scores one system's predicted relations against gold, exactly as FORMAT.md says.
 *
 * <ul>
 *   <li>A predicted relation is correct when its subject, relation and object match a gold relation of
 *       the same article, names matched by {@link NameMatcher}. Polarity and who claims the relation do not
 *       enter the match; how often the polarity agrees is counted apart.
 *   <li>{@code supports}, {@code directs} and {@code member_of} are directed: subject and object swapped
 *       do not match. {@code opposes} and {@code negotiates_with} are symmetric: either direction matches.
 *   <li>Within an article, relations with the same (subject key, relation, object key) count once on each
 *       side, the key being {@link NameMatcher#key}; a symmetric relation stated both ways is one. The first
 *       one listed stands for the others.
 *   <li>Precision: distinct predicted relations that match a gold one, over distinct predicted relations.
 *       Recall: distinct gold relations matched by a prediction, over distinct gold relations. Summed over
 *       articles (micro-average) by {@link RelationScore#plus}.
 *   <li>An article whose relations were not annotated ({@link GoldArticle#relationsAnnotated()}) is not
 *       scored at all.
 * </ul>
 *
 * <p>Thread-safe if its {@link NameMatcher} is.
 */
public final class RelationScorer {

  private final NameMatcher names;

  public RelationScorer(NameMatcher names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  /** The counts and per-relation outcomes of one article. */
  public record Judgement(RelationScore score, List<RelationOutcome> outcomes) {
    public Judgement {
      Objects.requireNonNull(score, "score");
      outcomes = List.copyOf(outcomes);
    }
  }

  /** Judges the relations of {@code predicted} on {@code gold}; an article without relation annotation scores zero. */
  public Judgement judge(GoldArticle gold, ArticlePrediction predicted) {
    if (!gold.relationsAnnotated()) return new Judgement(RelationScore.ZERO, List.of());
    List<GoldRelation> golds = distinct(gold.relations(), GoldRelation::subject, GoldRelation::relation,
        GoldRelation::object);
    List<PredictedRelation> preds = distinct(predicted.relations(), PredictedRelation::subject,
        PredictedRelation::relation, PredictedRelation::object);
    List<RelationOutcome> outcomes = new ArrayList<>();
    int found = 0;
    int agreed = 0;
    for (GoldRelation g : golds) {
      List<PredictedRelation> matching = preds.stream()
          .filter(p -> matches(p.subject(), p.relation(), p.object(), g)).toList();
      if (!matching.isEmpty()) {
        found++;
        if (matching.stream().anyMatch(p -> p.polarity() == g.polarity())) agreed++;
      }
      outcomes.add(new RelationOutcome(gold.id(), matching.isEmpty() ? RelationOutcome.MISSED : RelationOutcome.OK,
          g.subject(), g.relation(), g.object(), g.polarity(), g.evidence(), Optional.empty()));
    }
    int correct = 0;
    for (PredictedRelation p : preds) {
      boolean right = golds.stream().anyMatch(g -> matches(p.subject(), p.relation(), p.object(), g));
      if (right) correct++;
      outcomes.add(new RelationOutcome(gold.id(), right ? RelationOutcome.OK : RelationOutcome.FALSE_POSITIVE,
          p.subject(), p.relation(), p.object(), p.polarity(), p.evidence(), Optional.of(p.rule())));
    }
    return new Judgement(new RelationScore(1, golds.size(), preds.size(), found, correct, agreed), outcomes);
  }

  private boolean matches(String subject, String relation, String object, GoldRelation g) {
    if (!label(relation).equals(label(g.relation()))) return false;
    if (names.matches(subject, g.subject()) && names.matches(object, g.object())) return true;
    return symmetric(relation) && names.matches(subject, g.object()) && names.matches(object, g.subject());
  }

  /** The relations of {@code all} with a distinct key, first one kept, in order. */
  private <T> List<T> distinct(List<T> all, Function<T, String> subject,
      Function<T, String> relation, Function<T, String> object) {
    Map<String, T> byKey = new LinkedHashMap<>();
    for (T r : all) {
      String s = names.key(subject.apply(r));
      String o = names.key(object.apply(r));
      String rel = label(relation.apply(r));
      if (symmetric(rel) && s.compareTo(o) > 0) {
        String t = s;
        s = o;
        o = t;
      }
      byKey.putIfAbsent(s + "\u0000" + rel + "\u0000" + o, r);
    }
    return List.copyOf(byKey.values());
  }

  private static String label(String relation) {
    return relation.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code relation} is a symmetric type; an unknown label is treated as directed. */
  private static boolean symmetric(String relation) {
    try {
      return RelationType.fromLabel(relation).symmetric();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
