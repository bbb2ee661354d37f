package org.dossier.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.dossier.model.Rejected;
import org.dossier.model.Span;

/**
 * Reads Dossier's gold format (FORMAT.md): JSON Lines, one annotated article per line. A line that is not
 * valid JSON, lacks {@code id} or {@code text}, or has a quote whose span does not reproduce its text is
 * returned as a {@link Rejected} naming the file, the line and the reason, and reading goes on. Blank lines
 * are skipped. Thread-safe; holds no state.
 */
public final class GoldJsonlReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every article in {@code file}, in file order; an unreadable or non-UTF-8 file is one rejection. */
  public GoldSet read(Path file) {
    List<GoldArticle> articles = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    String name = file.getFileName().toString();
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
        if (line.isBlank()) continue;
        try {
          articles.add(article(JSON.readTree(line), name + ":" + n));
        } catch (JsonProcessingException e) {
          rejected.add(new Rejected(name, n, "not JSON (" + e.getOriginalMessage() + "); line skipped"));
        } catch (IllegalArgumentException e) {
          rejected.add(new Rejected(name, n, e.getMessage() + "; line skipped"));
        }
      }
    } catch (CharacterCodingException e) {
      rejected.add(new Rejected(name, 0, "not UTF-8; file skipped"));
    } catch (IOException e) {
      rejected.add(new Rejected(name, 0, "unreadable (" + e + "); file skipped"));
    }
    return new GoldSet(Dataset.GOLD, articles, rejected);
  }

  private static GoldArticle article(JsonNode node, String source) {
    if (!node.isObject()) throw new IllegalArgumentException("not a JSON object");
    String id = required(node, "id");
    String text = required(node, "text");
    List<GoldQuote> quotes = new ArrayList<>();
    int i = 0;
    for (JsonNode q : node.path("quotes")) {
      i++;
      Span span = span(q, text, "quote " + i);
      quotes.add(new GoldQuote(span, span.of(text), optional(q, "speaker"), optional(q, "speaker_mention"),
          optional(q, "speaker_title_or_affiliation")));
    }
    List<Span> scare = new ArrayList<>();
    i = 0;
    for (JsonNode q : node.path("scare_quotes")) {
      scare.add(span(q, text, "scare quote " + ++i));
    }
    List<GoldRelation> relations = new ArrayList<>();
    i = 0;
    for (JsonNode r : node.path("relations")) {
      String what = "relation " + ++i;
      relations.add(new GoldRelation(required(r, "subject", what), required(r, "relation", what),
          required(r, "object", what), r.path("polarity").asInt(0), optional(r, "evidence").orElse("")));
    }
    List<GoldEvent> events = new ArrayList<>();
    i = 0;
    for (JsonNode e : node.path("events")) {
      String what = "event " + ++i;
      events.add(new GoldEvent(required(e, "type", what), optional(e, "actor"), optional(e, "target"),
          optional(e, "location"), optional(e, "country"), date(e, "date_start", what), date(e, "date_end", what),
          number(e, "killed"), number(e, "wounded"), number(e, "affected"), optional(e, "evidence").orElse("")));
    }
    return new GoldArticle(id, source, date(node, "date", "article"), text, quotes, scare, relations, events, List.of());
  }

  private static Span span(JsonNode q, String text, String what) {
    if (!q.path("start").canConvertToInt() || !q.path("end").canConvertToInt() || !q.path("start").isIntegralNumber()
        || !q.path("end").isIntegralNumber()) {
      throw new IllegalArgumentException(what + " has no integer start and end");
    }
    int start = q.get("start").asInt();
    int end = q.get("end").asInt();
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException(what + " span [" + start + ".." + end + ") is outside the text (length " + text.length() + ")");
    }
    Span span = new Span(start, end);
    Optional<String> expected = optional(q, "text");
    if (expected.isPresent() && !expected.get().equals(span.of(text))) {
      throw new IllegalArgumentException(what + " span " + span + " does not reproduce its text");
    }
    return span;
  }

  private static String required(JsonNode node, String field) {
    return required(node, field, "article");
  }

  private static String required(JsonNode node, String field, String what) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) throw new IllegalArgumentException(what + " has no string field '" + field + "'");
    return v.asText();
  }

  private static Optional<String> optional(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static OptionalInt number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isIntegralNumber() ? OptionalInt.of(v.asInt()) : OptionalInt.empty();
  }

  private static Optional<LocalDate> date(JsonNode node, String field, String what) {
    Optional<String> s = optional(node, field);
    if (s.isEmpty()) return Optional.empty();
    try {
      return Optional.of(LocalDate.parse(s.get()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(what + " field '" + field + "' is not a YYYY-MM-DD date: '" + s.get() + "'");
    }
  }
}
