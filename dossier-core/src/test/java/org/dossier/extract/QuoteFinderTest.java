package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private static List<String> quotes(String text) {
    return QuoteFinder.find(text).stream().map(q -> q.span().of(text)).toList();
  }

  @Test
  void finds_straight_curly_and_angle_quotes() {
    assertThat(quotes("He said \"we stay\" and left.")).containsExactly("\"we stay\"");
    assertThat(quotes("She said \u201cwe stay\u201d and left.")).containsExactly("\u201cwe stay\u201d");
    assertThat(quotes("Il a dit \u00abnous restons\u00bb hier.")).containsExactly("\u00abnous restons\u00bb");
  }

  @Test
  void a_quote_interrupted_by_its_cue_is_two_quotes() {
    String text = "\u201cThe road is open,\u201d the governor said, \u201cbut not for long.\u201d";
    assertThat(quotes(text)).containsExactly("\u201cThe road is open,\u201d", "\u201cbut not for long.\u201d");
  }

  @Test
  void single_curly_quotes_are_quotes_but_apostrophes_are_not() {
    String text = "The council\u2019s envoy called it \u2018a betrayal of the truce\u2019 on Monday.";
    assertThat(quotes(text)).containsExactly("\u2018a betrayal of the truce\u2019");
    assertThat(quotes("The rebels\u2019 positions and Iran\u2019s allies held.")).isEmpty();
  }

  @Test
  void inch_marks_and_unpaired_marks_glued_to_words_do_not_open_quotes() {
    assertThat(quotes("A 12\" pipe burst.")).isEmpty();
  }

  @Test
  void a_quote_left_open_at_a_paragraph_end_continues_in_the_next_paragraph() {
    String text = "Mira Saleh said: \u201cWe counted the dead twice.\n\n\u201cThen we stopped counting,\u201d she said.";
    List<QuoteSpan> found = QuoteFinder.find(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).span().of(text)).isEqualTo("\u201cWe counted the dead twice.");
    assertThat(found.get(0).runsOn()).isTrue();
    assertThat(found.get(1).span().of(text)).isEqualTo("\u201cThen we stopped counting,\u201d");
    assertThat(found.get(1).continued()).isTrue();
  }

  @Test
  void an_open_quote_not_followed_by_a_quote_paragraph_stops_at_the_paragraph_end() {
    String text = "He wrote \"nothing is left\nThe next day came.";
    List<QuoteSpan> found = QuoteFinder.find(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).span().of(text)).isEqualTo("\"nothing is left");
    assertThat(quotes("The next day came. \"Fine,\" he said.")).containsExactly("\"Fine,\"");
  }

  @Test
  void inner_span_drops_the_marks_and_counts_words() {
    String text = "x \u201cthree short words\u201d y";
    QuoteSpan q = QuoteFinder.find(text).get(0);
    assertThat(q.inner(text).of(text)).isEqualTo("three short words");
    assertThat(q.words(text)).isEqualTo(3);
  }
}
