package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.dossier.model.Rejected;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldJsonlReaderTest {

  static final String TEXT = "Rain closed the pass. \"The road is gone,\" said Omar Khalil, a driver. "
      + "Officials called it a \"temporary\" closure.";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static ObjectNode article(String id, int quoteStart, int quoteEnd, String quoteText) {
    ObjectNode a = JSON.createObjectNode();
    a.put("id", id).putNull("url").put("outlet", "invented").put("date", "2020-02-03").put("title", "Pass closed");
    a.put("text", TEXT);
    ObjectNode q = a.putArray("quotes").addObject();
    q.put("start", quoteStart).put("end", quoteEnd).put("text", quoteText).put("speaker", "Omar Khalil")
        .put("speaker_mention", "Omar Khalil").put("speaker_title_or_affiliation", "a driver");
    a.putArray("scare_quotes").addObject().put("start", 92).put("end", 103).put("text", "\"temporary\"");
    a.putArray("relations").addObject().put("subject", "Omar Khalil").put("relation", "opposes")
        .put("object", "Officials").put("polarity", -1).put("evidence", "Officials called it a closure.");
    ArrayNode events = a.putArray("events");
    ObjectNode e = events.addObject();
    e.put("type", "humanitarian_crisis").putNull("actor").putNull("target").put("location", "the pass")
        .putNull("country").put("date_start", "2020-02-02").putNull("date_end").putNull("killed").put("wounded", 4)
        .putNull("affected").put("evidence", "Rain closed the pass.");
    return a;
  }

  @Test
  void reads_every_field_and_rejects_bad_lines_with_their_number() throws IOException {
    assertThat(TEXT.substring(22, 41)).isEqualTo("\"The road is gone,\"");
    assertThat(TEXT.substring(92, 103)).isEqualTo("\"temporary\"");
    Path file = dir.resolve("gold.jsonl");
    Files.write(file, List.of(
        JSON.writeValueAsString(article("good", 22, 41, "\"The road is gone,\"")),
        "",
        "{not json",
        JSON.writeValueAsString(article("shifted", 23, 41, "\"The road is gone,\"")),
        "{\"id\": \"no-text\"}",
        JSON.writeValueAsString(article("outside", 22, 400, "x"))), StandardCharsets.UTF_8);

    GoldSet gold = new GoldJsonlReader().read(file);

    assertThat(gold.dataset()).isEqualTo(Dataset.GOLD);
    assertThat(gold.articles()).hasSize(1);
    GoldArticle a = gold.articles().get(0);
    assertThat(a.id()).isEqualTo("good");
    assertThat(a.source()).isEqualTo("gold.jsonl:1");
    assertThat(a.date()).contains(LocalDate.of(2020, 2, 3));
    assertThat(a.article().date()).contains(LocalDate.of(2020, 2, 3));
    assertThat(a.quotes()).containsExactly(new GoldQuote(new Span(22, 41), "\"The road is gone,\"",
        java.util.Optional.of("Omar Khalil"), java.util.Optional.of("Omar Khalil"), java.util.Optional.of("a driver")));
    assertThat(a.scareQuotes()).containsExactly(new Span(92, 103));
    assertThat(a.relations()).containsExactly(
        new GoldRelation("Omar Khalil", "opposes", "Officials", -1, "Officials called it a closure."));
    assertThat(a.events()).hasSize(1);
    assertThat(a.events().get(0).dateStart()).contains(LocalDate.of(2020, 2, 2));
    assertThat(a.events().get(0).killed()).isEqualTo(OptionalInt.empty());
    assertThat(a.events().get(0).wounded()).isEqualTo(OptionalInt.of(4));
    assertThat(a.attributions()).isEmpty();

    assertThat(gold.rejected()).extracting(Rejected::line).containsExactly(3, 4, 5, 6);
    assertThat(gold.rejected().get(1).message())
        .isEqualTo("gold.jsonl:4: quote 1 span [23..41) does not reproduce its text; line skipped");
    assertThat(gold.rejected().get(2).message())
        .isEqualTo("gold.jsonl:5: article has no string field 'text'; line skipped");
    assertThat(gold.rejected().get(3).message())
        .isEqualTo("gold.jsonl:6: quote 1 span [22..400) is outside the text (length 112); line skipped");
    assertThat(gold.rejected().get(0).message()).startsWith("gold.jsonl:3: not JSON (");
  }

  @Test
  void a_missing_file_is_one_rejection() {
    GoldSet gold = new GoldJsonlReader().read(dir.resolve("absent.jsonl"));

    assertThat(gold.articles()).isEmpty();
    assertThat(gold.rejected()).hasSize(1);
    assertThat(gold.rejected().get(0).message()).startsWith("absent.jsonl: unreadable (java.nio.file.NoSuchFileException");
  }

  @Test
  void limit_keeps_the_first_articles() throws IOException {
    Path file = dir.resolve("two.jsonl");
    Files.write(file, List.of(JSON.writeValueAsString(article("a", 22, 41, "\"The road is gone,\"")),
        JSON.writeValueAsString(article("b", 22, 41, "\"The road is gone,\""))), StandardCharsets.UTF_8);

    GoldSet gold = new GoldJsonlReader().read(file);

    assertThat(gold.limit(1).articles()).extracting(GoldArticle::id).containsExactly("a");
    assertThat(gold.limit(5).articles()).extracting(GoldArticle::id).containsExactly("a", "b");
  }
}
