package org.dossier.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Span;
import org.dossier.store.ActorRow;
import org.dossier.store.QuoteRow;

/**
 * Text and JSON renderings shared by the query commands. JSON keys are snake_case; absent values are
 * {@code null}, never left out, so every object of one kind has the same keys.
 *
 * <p>Stateless and thread-safe.
 */
final class QueryOutput {

  private QueryOutput() {}

  /** Prints {@code value} (maps, lists, strings, numbers) as indented JSON. */
  static void printJson(PrintWriter out, Object value) {
    try {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** A quotation as JSON: the fields of the gold format ({@code start}, {@code end}, {@code speaker}, ...) and more. */
  static Map<String, Object> quoteJson(QuoteRow q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", q.id());
    m.put("text", q.text());
    m.put("kind", q.kind().label());
    m.put("speaker", q.speaker().orElse(null));
    m.put("speaker_id", q.speakerId().orElse(null));
    m.put("speaker_mention", q.speakerMentionText().orElse(null));
    m.put("speaker_mention_start", q.speakerMention().map(Span::begin).orElse(null));
    m.put("speaker_mention_end", q.speakerMention().map(Span::end).orElse(null));
    m.put("speaker_title", q.speakerTitle().orElse(null));
    m.put("cue", q.cueText().orElse(null));
    m.put("about", q.about());
    m.put("article_id", q.articleId().value());
    m.put("article_title", q.articleTitle().orElse(null));
    m.put("date", q.date().map(Object::toString).orElse(null));
    m.put("start", q.span().begin());
    m.put("end", q.span().end());
    m.put("rule", q.rule());
    return m;
  }

  /** An actor with its counts as JSON. */
  static Map<String, Object> actorJson(ActorRow a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("name", a.name());
    m.put("type", a.type().label());
    m.put("articles", a.articles());
    m.put("mentions", a.mentions());
    m.put("quotes_by", a.quotesBy());
    m.put("quotes_about", a.quotesAbout());
    return m;
  }

  /**
   * A quotation for reading, three lines: the quotation; the speaker with title, mention and cue; the
   * article title, date, id and the quotation's offsets.
   */
  static void printQuote(PrintWriter out, int number, QuoteRow q) {
    String prefix = "[" + number + "] ";
    String indent = " ".repeat(prefix.length());
    out.println(prefix + oneLine(q.text()));
    StringBuilder who = new StringBuilder(q.speaker().orElse("(speaker unknown)"));
    q.speakerTitle().ifPresent(t -> who.append(" (").append(oneLine(t)).append(')'));
    q.speakerMentionText().filter(m -> !m.equals(q.speaker().orElse(""))).ifPresent(m ->
        who.append(", as \"").append(oneLine(m)).append('"'));
    q.cueText().ifPresent(c -> who.append(", cue \"").append(oneLine(c)).append('"'));
    out.println(indent + "- " + who);
    out.println(indent + q.articleTitle().map(QueryOutput::oneLine).orElse("(untitled)") + ", "
        + q.date().map(Object::toString).orElse("undated") + ", article " + q.articleId() + " " + q.span()
        + ", " + q.kind().label());
  }

  /** The actors as an aligned table, ranked. */
  static void printActorTable(PrintWriter out, List<ActorRow> actors) {
    int width = Math.min(40, Math.max("ACTOR".length(), actors.stream().mapToInt(a -> a.name().length()).max().orElse(0)));
    int typeWidth = Math.max("TYPE".length(), actors.stream().mapToInt(a -> a.type().label().length()).max().orElse(0));
    String format = "%4s  %-" + width + "s  %-" + typeWidth + "s  %8s  %8s  %6s%n";
    out.printf(format, "RANK", "ACTOR", "TYPE", "ARTICLES", "MENTIONS", "QUOTES");
    int rank = 1;
    for (ActorRow a : actors) {
      out.printf(format, rank++, clip(a.name(), width), a.type().label(), a.articles(), a.mentions(), a.quotesBy());
    }
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 3) + "...";
  }

  static Object orNull(Optional<?> value) {
    return value.map(Object::toString).orElse(null);
  }
}
