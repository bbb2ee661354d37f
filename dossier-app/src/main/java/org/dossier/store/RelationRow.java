package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.ArticleId;
import org.dossier.model.RelationType;
import org.dossier.model.Span;

/**
 * One relation aggregated over the stored articles: every stored statement that {@code subject} stands in
 * relation {@code type} to {@code object}, with counts and all its evidence. For a symmetric type
 * ({@link RelationType#symmetric()}) "A opposes B" and "B opposes A" are one row, whose subject is the
 * party whose name sorts first. Immutable.
 *
 * @param articles number of distinct articles with evidence
 * @param outlets number of distinct outlets of those articles (articles without an outlet add none)
 * @param firstDate date of the earliest dated article with evidence, empty when none is dated
 * @param lastDate date of the latest one
 * @param stated evidence with polarity +1 (stated)
 * @param negated evidence with polarity -1 (negated or denied)
 * @param hedged evidence with polarity 0 (hedged or uncertain)
 * @param ownVoice evidence the articles state in their own voice
 * @param claimants the speakers whose quotations or reported speech state it, most evidence first
 * @param evidence every evidence, oldest article first, in text order
 */
public record RelationRow(
    Party subject,
    RelationType type,
    Party object,
    int articles,
    int outlets,
    Optional<LocalDate> firstDate,
    Optional<LocalDate> lastDate,
    int stated,
    int negated,
    int hedged,
    int ownVoice,
    List<Claimant> claimants,
    List<Evidence> evidence) {

  /** A knowledge-base actor taking part in a relation. */
  public record Party(long id, String name) {
    public Party {
      Objects.requireNonNull(name, "name");
    }
  }

  /** A speaker who states the relation, with the number of evidence sentences in which they do. */
  public record Claimant(Party speaker, int evidence) {
    public Claimant {
      Objects.requireNonNull(speaker, "speaker");
    }
  }

  /**
   * One sentence of one article stating the relation.
   *
   * @param sentenceSpan the sentence's offsets in the article text
   * @param polarity +1 stated, -1 negated or denied, 0 hedged
   * @param claimedBy the speaker whose quotation or reported speech states it; empty for the article's own voice
   * @param subjectText the mention of this row's subject as written ("Washington" for United States)
   * @param objectText the mention of this row's object
   * @param trigger the word that states it ("backs", "funding") and its text, when there is one
   * @param rule the extraction rule that found it
   */
  public record Evidence(
      ArticleId article,
      Optional<String> articleTitle,
      Optional<String> outlet,
      Optional<LocalDate> date,
      Span sentenceSpan,
      String sentence,
      int polarity,
      Optional<Party> claimedBy,
      Span subjectSpan,
      String subjectText,
      Span objectSpan,
      String objectText,
      Optional<Span> trigger,
      Optional<String> triggerText,
      String rule) {

    public Evidence {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(articleTitle, "articleTitle");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(sentenceSpan, "sentenceSpan");
      Objects.requireNonNull(sentence, "sentence");
      Objects.requireNonNull(claimedBy, "claimedBy");
      Objects.requireNonNull(subjectSpan, "subjectSpan");
      Objects.requireNonNull(subjectText, "subjectText");
      Objects.requireNonNull(objectSpan, "objectSpan");
      Objects.requireNonNull(objectText, "objectText");
      Objects.requireNonNull(trigger, "trigger");
      Objects.requireNonNull(triggerText, "triggerText");
      Objects.requireNonNull(rule, "rule");
    }
  }

  public RelationRow {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(lastDate, "lastDate");
    claimants = List.copyOf(claimants);
    evidence = List.copyOf(evidence);
  }

  /**
   * The polarity of the relation over all its evidence: +1 when more evidence states it than negates it, -1
   * when more negates it, 0 when they balance (hedged evidence counts for neither).
   */
  public int polarity() {
    return Integer.signum(stated - negated);
  }

  /**
   * The sign of the relation for a signed graph: {@link #baseSign} of its type times {@link #polarity()}.
   * Positive for a stated alliance, negative for stated hostility or a denied alliance, 0 for talks.
   */
  public int sign() {
    return baseSign(type) * polarity();
  }

  /** +1 for supports, directs and member_of; -1 for opposes; 0 for negotiates_with. */
  public static int baseSign(RelationType type) {
    return switch (type) {
      case SUPPORTS, DIRECTS, MEMBER_OF -> 1;
      case OPPOSES -> -1;
      case NEGOTIATES_WITH -> 0;
    };
  }
}
