package org.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lost sentence boundaries at the top of an article, on invented wire copy tokenised at spaces. */
class DatelineSplitterTest {

  /** One CoreNLP sentence per string, the strings joined by a space into one text, tokens at spaces. */
  private static List<CoreMap> sentences(String... texts) {
    String text = String.join(" ", texts);
    List<CoreMap> out = new ArrayList<>();
    int offset = 0;
    int tokenIndex = 0;
    for (String t : texts) {
      List<CoreLabel> toks = new ArrayList<>();
      int at = offset;
      for (String w : t.split(" ")) {
        CoreLabel l = new CoreLabel();
        l.setWord(w);
        l.setValue(w);
        l.setBeginPosition(at);
        l.setEndPosition(at + w.length());
        l.setIndex(toks.size() + 1);
        l.setSentIndex(out.size());
        toks.add(l);
        at += w.length() + 1;
      }
      Annotation s = new Annotation(t);
      s.set(CoreAnnotations.TokensAnnotation.class, toks);
      s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, offset);
      s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, offset + t.length());
      s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenIndex);
      s.set(CoreAnnotations.TokenEndAnnotation.class, tokenIndex + toks.size());
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, out.size());
      out.add(s);
      offset += t.length() + 1;
      tokenIndex += toks.size();
    }
    assertThat(offset - 1).isEqualTo(text.length());
    return out;
  }

  private static List<String> texts(List<CoreMap> sentences) {
    return sentences.stream().map(s -> s.get(CoreAnnotations.TextAnnotation.class)).toList();
  }

  @Test
  void a_dateline_run_into_the_lead_ends_the_headline() {
    List<CoreMap> out = DatelineSplitter.split(sentences(
        "Bomb kills 30 in Karsa Monitoring group Wire Tuesday 6 May 2014 About 30 soldiers were killed near Karsa .",
        "The army said nothing ."));
    assertThat(texts(out)).containsExactly("Bomb kills 30 in Karsa Monitoring group Wire Tuesday 6 May 2014",
        "About 30 soldiers were killed near Karsa .", "The army said nothing .");
    CoreMap lead = out.get(1);
    assertThat(lead.get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(12);
    assertThat(lead.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)).isEqualTo(lead.get(CoreAnnotations.TokensAnnotation.class).get(0).beginPosition());
    assertThat(lead.get(CoreAnnotations.TokensAnnotation.class).get(0).index()).isEqualTo(1);
    assertThat(out.get(2).get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(2);
    assertThat(out.get(2).get(CoreAnnotations.TokensAnnotation.class).get(0).sentIndex()).isEqualTo(2);
  }

  @Test
  void a_numeric_date_with_a_time_and_a_month_first_date_are_datelines_too() {
    assertThat(texts(DatelineSplitter.split(sentences("06.04.2017 20:02 Shelling hit Karsa on Monday ."))))
        .containsExactly("06.04.2017 20:02", "Shelling hit Karsa on Monday .");
    assertThat(texts(DatelineSplitter.split(sentences("Posted August 3 2016 Shelling hit Karsa on Monday ."))))
        .containsExactly("Posted August 3 2016", "Shelling hit Karsa on Monday .");
  }

  @Test
  void a_capitalised_determiner_after_a_headline_begins_the_lead() {
    assertThat(texts(DatelineSplitter.split(sentences("Blast kills 14 outside Karsa A bomb blast hit a market on Monday ."))))
        .containsExactly("Blast kills 14 outside Karsa", "A bomb blast hit a market on Monday .");
  }

  @Test
  void names_with_the_dates_in_the_lead_and_the_body_below_are_left_alone() {
    List<CoreMap> in = sentences("Shelling hit Karsa on 6 May 2014 as the monitor told The Courier .");
    assertThat(DatelineSplitter.split(in)).isSameAs(in);
    StringBuilder lead = new StringBuilder("Shelling hit Karsa");
    for (int i = 0; i < DatelineSplitter.MAX_TOKEN; i++) lead.append(" again");
    List<CoreMap> deep = sentences(lead + " .", "Talvan Front Wire Tuesday 6 May 2014 Fighters left Karsa .");
    assertThat(DatelineSplitter.split(deep)).isSameAs(deep);
  }
}
