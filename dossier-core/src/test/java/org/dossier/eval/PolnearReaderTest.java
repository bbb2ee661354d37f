package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Rejected;
import org.dossier.model.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearReaderTest {

  static final String TEXT = "Mayor Lina Ortez spoke on Monday.\n\n"
      + "\"We will rebuild every bridge,\" Ortez said. Critics called it \"theatre\".\n\n"
      + "The council said that \u201cthe budget is simply too small for this\u201d and left.\n\n"
      + "\u201cNobody asked us,\u201d residents complained, \u201cbefore the vote happened.\u201d\n\n"
      + "It was reported that \"the works start in spring next year\".\n";

  static final String ANN = String.join("\n",
      "T1\tSource 67 72\tOrtez",
      "T2\tCue 73 77\tsaid",
      "T3\tContent 35 66\t\"We will rebuild every bridge,\"",
      "T4\tAttribution 73 77\tsaid",
      "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
      "T5\tSource 79 86\tCritics",
      "T6\tContent 97 106\t\"theatre\"",
      "T7\tAttribution 87 93\tcalled",
      "E2\tAttribution:T7 Source:T5 Content:T6",
      "T8\tSource 109 120\tThe council",
      "T9\tContent 126 172\tthat \u201cthe budget is simply too small for this\u201d",
      "T10\tAttribution 121 125\tsaid",
      "E3\tAttribution:T10 Content:T9 Source:T8",
      "T11\tSource 203 212\tresidents",
      "T12\tContent 184 202;225 252\t\u201cNobody asked us,\u201d \u201cbefore the vote",
      "happened.\u201d",
      "T13\tAttribution 213 223\tcomplained",
      "E4\tAttribution:T13 Source:T11 Content:T12",
      "T14\tContent 270 312\tthat \"the works start in spring next year\"",
      "T15\tAttribution-no-source 261 269\treported",
      "E5\tAttribution-no-source:T15 Content:T14",
      "#1\tAnnotatorNotes T14\tunsure",
      "E6\tAttribution:T4 Source:T99 Content:T3",
      "");

  @TempDir Path dir;

  @BeforeEach
  void writeSplit() throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/city_2021-04-05_bridges.txt"), TEXT, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("attributions/city_2021-04-05_bridges_a1.ann"), ANN, StandardCharsets.UTF_8);
    // a later annotator's file is ignored: only the first by name counts
    Files.writeString(dir.resolve("attributions/city_2021-04-05_bridges_b2.ann"), "T1\tSource 0 5\tMayor\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("text/city_2021-04-06_orphan.txt"), "No annotations here.", StandardCharsets.UTF_8);
  }

  @Test
  void items_are_sourced_attributions_quoting_three_words_or_more() throws IOException {
    GoldSet gold = new PolnearReader().read(dir);

    assertThat(gold.dataset()).isEqualTo(Dataset.POLNEAR);
    assertThat(gold.articles()).hasSize(1);
    GoldArticle a = gold.articles().get(0);
    assertThat(a.id()).isEqualTo("city_2021-04-05_bridges");
    assertThat(a.date()).contains(LocalDate.of(2021, 4, 5));
    assertThat(a.text()).isEqualTo(TEXT);
    assertThat(a.attributions()).containsExactly(
        new GoldAttribution("E1", List.of(new Span(35, 66)), List.of(new Span(67, 72)), "Ortez"),
        new GoldAttribution("E3", List.of(new Span(131, 172)), List.of(new Span(109, 120)), "The council"),
        new GoldAttribution("E4", List.of(new Span(184, 202), new Span(225, 252)), List.of(new Span(203, 212)), "residents"));
  }

  @Test
  void gold_quotes_are_every_long_quotation_in_a_content_and_short_ones_are_scare_quotes() throws IOException {
    GoldArticle a = new PolnearReader().read(dir).articles().get(0);

    assertThat(a.quotes()).extracting(GoldQuote::span).containsExactly(
        new Span(35, 66), new Span(131, 172), new Span(184, 202), new Span(225, 252), new Span(275, 312));
    assertThat(a.quotes().get(1).text()).isEqualTo("\u201cthe budget is simply too small for this\u201d");
    assertThat(a.quotes().get(1).speakerMention()).contains("The council");
    assertThat(a.quotes().get(4).speakerMention()).isEmpty();
    assertThat(a.quotes()).allSatisfy(q -> assertThat(q.speaker()).isEmpty());
    assertThat(a.scareQuotes()).containsExactly(new Span(97, 106));
  }

  @Test
  void a_text_without_annotations_and_an_unknown_reference_are_rejected_with_place_and_reason() throws IOException {
    GoldSet gold = new PolnearReader().read(dir);

    assertThat(gold.rejected()).extracting(Rejected::message).containsExactly(
        "attributions/city_2021-04-05_bridges_a1.ann:23: unknown or skipped annotation T99; attribution skipped"
            .replace("attributions/", dir.getFileName() + "/attributions/"),
        dir.getFileName() + "/text/city_2021-04-06_orphan.txt: no attributions/city_2021-04-06_orphan_*.ann; article skipped");
  }

  @Test
  void a_directory_without_text_and_attributions_is_refused() {
    assertThatThrownBy(() -> new PolnearReader().read(dir.resolve("text")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("text: not a PolNeAR directory (needs text/ and attributions/)");
    assertThat(PolnearReader.isPolnear(dir)).isTrue();
  }

  @Test
  void quote_marks_pair_straight_and_curly_marks_and_restart_on_a_new_opening() {
    String s = "a \u201cone two \u201cthree four\u201d and \"five\" end";
    assertThat(QuoteMarks.find(s, 0, s.length())).containsExactly(new Span(11, 23), new Span(28, 34));
    assertThat(QuoteMarks.words(s, new Span(11, 23))).isEqualTo(2);
    assertThat(QuoteMarks.words("\"a - b c\"", new Span(0, 9))).isEqualTo(3);
  }
}
