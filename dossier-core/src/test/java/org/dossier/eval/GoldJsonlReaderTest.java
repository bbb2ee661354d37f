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
        .isEqualTo("gold.jsonl:5: article has no string field 'text' nor a 'text_from' object; line skipped");
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

  // ---- the text_from overlay (docs/GOLD.md) ----

  static final String SEED = "date 2021-05-02 Talks resume\n\nOstland and Westmark resumed talks in Geneva. "
      + "The Hawks Brigade, a faction of the Free Army, shelled Tel Qara.\n";
  static final String ROW_1 = "Mon 03 May 2021 Convoy reaches Tel Qara.\nAid trucks crossed at dawn.";
  static final String ROW_2 = "Tue 04 May 2021 The Valley Front, backed by Ostland, attacked the Hawks Brigade.";

  /** A corpus directory with one seed text and a FA-KES-like CSV whose first row spans two lines (CRLF). */
  Path corpus() throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("seeds"));
    Files.createDirectories(corpus.resolve("fa-kes"));
    Files.writeString(corpus.resolve("seeds/s1.txt"), SEED, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("fa-kes/F.csv"),
        "unit_id,article_title,article_content,source,date,location,labels\r\n"
            + "11,Convoy,\"" + ROW_1.replace("\n", "\r\n") + "\",invented,5/3/2021,Tel Qara,1\r\n"
            + "12,Attack,\"" + ROW_2 + "\",invented,5/4/2021,Tel Qara,1\r\n", StandardCharsets.UTF_8);
    return corpus;
  }

  static ObjectNode overlay(String id, String path, Integer line, String sha256) {
    ObjectNode a = JSON.createObjectNode();
    a.put("id", id);
    ObjectNode from = a.putObject("text_from");
    from.put("path", path);
    if (line != null) from.put("line", line);
    from.put("sha256", sha256);
    a.put("quotes_annotated", false);
    return a;
  }

  static void relation(ObjectNode a, String subject, String relation, String object, int start, int end) {
    ObjectNode evidence = (a.has("relations") ? (ArrayNode) a.get("relations") : a.putArray("relations")).addObject()
        .put("subject", subject).put("relation", relation).put("object", object).put("polarity", 1).putObject("evidence");
    evidence.put("start", start).put("end", end);
  }

  @Test
  void sha256_is_the_hex_digest_of_the_utf8_text() {
    assertThat(GoldJsonlReader.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void text_from_takes_the_text_ingest_reads_and_fills_in_evidence_sentences() throws IOException {
    Path corpus = corpus();
    ObjectNode seed = overlay("seed", "seeds/s1.txt", null, GoldJsonlReader.sha256(SEED));
    assertThat(SEED.substring(30, 75)).isEqualTo("Ostland and Westmark resumed talks in Geneva.");
    relation(seed, "Ostland", "negotiates_with", "Westmark", 30, 75);
    relation(seed, "Hawks Brigade", "member_of", "Free Army", 76, SEED.length() - 1);
    ObjectNode row = overlay("row", "fa-kes/F.csv", 4, GoldJsonlReader.sha256(ROW_2));
    relation(row, "Ostland", "supports", "Valley Front", 16, ROW_2.length());
    ObjectNode first = overlay("first", "fa-kes/F.csv", 2, GoldJsonlReader.sha256(ROW_1));
    first.put("date", "2021-05-09");
    Path file = dir.resolve("overlay.jsonl");
    Files.write(file, List.of(JSON.writeValueAsString(seed), JSON.writeValueAsString(row), JSON.writeValueAsString(first)),
        StandardCharsets.UTF_8);

    GoldSet gold = new GoldJsonlReader(corpus).read(file);

    assertThat(gold.rejected()).isEmpty();
    assertThat(gold.articles()).extracting(GoldArticle::text).containsExactly(SEED, ROW_2, ROW_1);
    GoldArticle s = gold.articles().get(0);
    assertThat(s.date()).contains(LocalDate.of(2021, 5, 2));
    assertThat(s.quotesAnnotated()).isFalse();
    assertThat(s.relationsAnnotated()).isTrue();
    assertThat(s.relations()).containsExactly(
        new GoldRelation("Ostland", "negotiates_with", "Westmark", 1, "Ostland and Westmark resumed talks in Geneva."),
        new GoldRelation("Hawks Brigade", "member_of", "Free Army", 1,
            "The Hawks Brigade, a faction of the Free Army, shelled Tel Qara."));
    assertThat(gold.articles().get(1).date()).contains(LocalDate.of(2021, 5, 4));
    assertThat(gold.articles().get(1).relations().get(0).evidence())
        .isEqualTo("The Valley Front, backed by Ostland, attacked the Hawks Brigade.");
    assertThat(gold.articles().get(2).date()).contains(LocalDate.of(2021, 5, 9));
  }

  @Test
  void text_from_problems_are_rejected_naming_line_and_reason() throws IOException {
    Path corpus = corpus();
    String seedSha = GoldJsonlReader.sha256(SEED);
    ObjectNode both = overlay("both", "seeds/s1.txt", null, seedSha);
    both.put("text", "x");
    ObjectNode quoted = overlay("quoted", "seeds/s1.txt", null, seedSha);
    quoted.putArray("quotes").addObject().put("start", 0).put("end", 4);
    ObjectNode badLabel = overlay("label", "seeds/s1.txt", null, seedSha);
    relation(badLabel, "Ostland", "backs", "Westmark", 30, 75);
    ObjectNode badEvidence = overlay("evidence", "seeds/s1.txt", null, seedSha);
    relation(badEvidence, "Ostland", "negotiates_with", "Westmark", 30, 500);
    Path file = dir.resolve("bad.jsonl");
    Files.write(file, List.of(
        JSON.writeValueAsString(overlay("hash", "seeds/s1.txt", null, GoldJsonlReader.sha256("other"))),
        JSON.writeValueAsString(overlay("missing", "seeds/absent.txt", null, seedSha)),
        JSON.writeValueAsString(overlay("midrow", "fa-kes/F.csv", 3, seedSha)),
        JSON.writeValueAsString(overlay("noline", "fa-kes/F.csv", null, seedSha)),
        JSON.writeValueAsString(overlay("escape", "../corpus/seeds/s1.txt", null, seedSha)),
        JSON.writeValueAsString(both),
        JSON.writeValueAsString(quoted),
        JSON.writeValueAsString(badLabel),
        JSON.writeValueAsString(badEvidence)), StandardCharsets.UTF_8);

    GoldSet gold = new GoldJsonlReader(corpus).read(file);

    assertThat(gold.articles()).isEmpty();
    assertThat(gold.rejected()).extracting(Rejected::message).containsExactly(
        "bad.jsonl:1: text_from seeds/s1.txt: the corpus text has sha256 " + seedSha + ", the gold expects "
            + GoldJsonlReader.sha256("other") + " (not the text that was annotated); line skipped",
        "bad.jsonl:2: text_from seeds/absent.txt: corpus file " + corpus.resolve("seeds/absent.txt").toAbsolutePath()
            + " not found or unreadable (corpus directory " + corpus + "; see --corpus); line skipped",
        "bad.jsonl:3: text_from fa-kes/F.csv:3: no article starts at line 3 of " + corpus.resolve("fa-kes/F.csv")
            + "; line skipped",
        "bad.jsonl:4: text_from fa-kes/F.csv needs the integer 'line' where its row starts (2 or more); line skipped",
        "bad.jsonl:5: text_from path '../corpus/seeds/s1.txt' must be relative to the corpus directory; line skipped",
        "bad.jsonl:6: article has both 'text' and 'text_from'; line skipped",
        "bad.jsonl:7: article lists quotes but says \"quotes_annotated\": false; line skipped",
        "bad.jsonl:8: relation 1 has unknown relation 'backs' (expected one of supports, directs, member_of, opposes, "
            + "negotiates_with); line skipped",
        "bad.jsonl:9: relation 1 evidence span [30..500) is outside the text (length " + SEED.length() + "); line skipped");
  }
}
