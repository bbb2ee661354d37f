package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.ArticleId;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;

/**
 * A stored quotation with its speaker resolved to a knowledge-base actor and the article's title and date.
 *
 * @param id stable id {@code <article id>:<begin>-<end>}
 * @param span the quotation's span in the article text (quote marks included for direct quotes)
 * @param speakerId the knowledge-base actor it is attributed to, empty when nobody is named
 * @param speaker that actor's display name
 * @param speakerMention the explicit mention of the speaker ("Vesti", "He") and its text
 * @param speakerTitle the speaker's title or affiliation as the article gives it, and its span
 * @param cue the attribution cue ("said", "according to") and its text
 * @param about display names of the actors the quotation mentions, sorted
 * @param rule name of the rule that attributed it
 */
public record QuoteRow(
    String id,
    ArticleId articleId,
    Optional<String> articleTitle,
    Optional<LocalDate> date,
    Span span,
    String text,
    QuoteKind kind,
    Optional<Long> speakerId,
    Optional<String> speaker,
    Optional<Span> speakerMention,
    Optional<String> speakerMentionText,
    Optional<String> speakerTitle,
    Optional<Span> titleSpan,
    Optional<Span> cue,
    Optional<String> cueText,
    List<String> about,
    String rule) {

  public QuoteRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(articleTitle, "articleTitle");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(speakerId, "speakerId");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerMention, "speakerMention");
    Objects.requireNonNull(speakerMentionText, "speakerMentionText");
    Objects.requireNonNull(speakerTitle, "speakerTitle");
    Objects.requireNonNull(titleSpan, "titleSpan");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(cueText, "cueText");
    about = List.copyOf(about);
    Objects.requireNonNull(rule, "rule");
  }

  /** The id a quotation with this span in this article is stored under. */
  public static String idOf(ArticleId article, Span span) {
    return article.value() + ":" + span.begin() + "-" + span.end();
  }
}
