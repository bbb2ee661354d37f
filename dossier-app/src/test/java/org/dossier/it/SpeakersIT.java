package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.app.Dossier;
import org.dossier.model.Article;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.nlp.TextAnalyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speaker rules through the whole extraction on short invented sentences in wire style, one rule each: the
 * owner of a document speaks through it, a passive "was asked" names the one spoken to, "she" skips the
 * man named just before, and the place or backer that only qualifies a speaker ("the Britain-based monitor")
 * is not the speaker.
 */
@Tag("nlp")
@ExtendWith(SharedAnalyzer.class)
class SpeakersIT {

  @TempDir
  Path tmp;

  /** Each direct quotation of {@code text} as "speaker mention -> canonical speaker". */
  private List<String> speakers(TextAnalyzer analyzer, String text) {
    return speakers(analyzer, text, QuoteKind.DIRECT);
  }

  /** Each quotation of this kind in {@code text} as "speaker mention -> canonical speaker" ("?" if unresolved). */
  private List<String> speakers(TextAnalyzer analyzer, String text, QuoteKind kind) {
    Article article = Article.of("speakers-it", text + "\n");
    ArticleFacts f = new Dossier(tmp.resolve("unused.db"), analyzer).extract(article, analyzer.analyze(article));
    List<String> out = new ArrayList<>();
    for (Quote q : f.quotes()) {
      if (q.kind() != kind) continue;
      out.add(q.speaker().map(s -> s.mentionText() + " -> " + (s.resolved() ? f.actors().get(s.actor()).name() : "?"))
          .orElse("none"));
    }
    return out;
  }

  @Test
  void a_monitor_based_in_a_country_is_the_monitor_named_before_not_the_country(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer,
        "At least nine fighters died in clashes near Karsa on Sunday, the Marovia Observatory for Civil Rights reported.\n\n"
            + "“The fighting is the heaviest in weeks,” the Britain-based monitor said."))
        .containsExactly("the Britain-based monitor -> Marovia Observatory for Civil Rights");
  }

  @Test
  void a_place_glued_to_the_speakers_phrase_without_its_comma_is_not_the_speaker(TextAnalyzer analyzer) {
    List<String> reported = speakers(analyzer, "At least nine fighters died in clashes near Karsa on Sunday, the Marovia "
        + "Observatory for Civil Rights reported.\n\nAnother 12 people were killed in strikes on eastern Karsa the monitor said.",
        QuoteKind.REPORTED);
    assertThat(reported).anyMatch(s -> s.startsWith("the monitor -> ")).noneMatch(s -> s.startsWith("Karsa"));
  }

  @Test
  void after_the_verb_the_noun_a_based_name_qualifies_speaks(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer,
        "Shelling hit two villages near Karsa on Sunday, the Marovia Observatory for Civil Rights reported.\n\n"
            + "“Most of the dead were farmers,” said the Britain-based organisation."))
        .containsExactly("the Britain-based organisation -> Marovia Observatory for Civil Rights");
  }

  @Test
  void it_after_an_organisation_speaks_for_it_passing_over_a_person(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer,
        "“Nine fighters died near Karsa,” the Marovia Observatory for Civil Rights said on Sunday.\n\n"
            + "“The roads are closed,” its director Karim Haddad told reporters.\n\n"
            + "“Two clinics were hit,” it added."))
        .containsExactly("Marovia Observatory for Civil Rights -> Marovia Observatory for Civil Rights",
            "Karim Haddad -> Karim Haddad", "it -> Marovia Observatory for Civil Rights");
  }

  @Test
  void it_after_a_document_or_only_a_person_stays_unresolved(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer,
        "“Deliveries will resume next week,” the statement said.\n\n“Two clinics were hit,” it added."))
        .containsExactly("the statement -> ?", "it -> ?");
    assertThat(speakers(analyzer,
        "“The roads are closed,” Karim Haddad told reporters.\n\n“Two clinics were hit,” it added."))
        .containsExactly("Karim Haddad -> Karim Haddad", "it -> ?");
  }

  @Test
  void a_monitor_in_the_lead_is_the_monitor_the_next_sentence_names(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer, "Strikes on Karsa killed at least nine civilians on Sunday a monitor said.\n\n"
        + "The Marovia Observatory for Civil Rights said the dead included four children.", QuoteKind.REPORTED))
        .contains("a monitor -> Marovia Observatory for Civil Rights");
  }

  @Test
  void a_dateline_run_into_the_lead_ends_a_sentence_before_tagging(TextAnalyzer analyzer) {
    Article article = Article.of("speakers-it", "Blast kills 14 outside Karsa Wire Tuesday 6 May 2014 A bomb blast hit a "
        + "market in Karsa on Monday the Marovia Observatory for Civil Rights said.\n");
    org.dossier.model.text.AnalyzedText at = analyzer.analyze(article);
    assertThat(at.sentences()).hasSize(2);
    assertThat(at.sentences().get(1).span().of(article.text())).startsWith("A bomb blast hit a market");
    assertThat(at.sentences().get(1).dependencies()).as("the lead is parsed on its own").isNotEmpty();
  }

  @Test
  void a_group_backed_by_a_state_is_not_that_state(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer, "“We will hold the ridge,” the Iran-backed group said on Monday."))
        .noneMatch(s -> s.endsWith("-> Iran"));
  }

  @Test
  void the_owner_of_a_possessed_document_is_the_speaker(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer,
        "Aid workers left the valley on Sunday.\n\nKarim Haddad's letter to donors warned that “the clinic cannot stay open past March.”"))
        .containsExactly("Karim Haddad -> Karim Haddad");
  }

  @Test
  void a_document_without_an_owner_still_speaks_for_itself(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer, "The statement said “deliveries will resume next week.”"))
        .containsExactly("The statement -> ?");
  }

  @Test
  void who_is_asked_is_not_the_speaker_the_agent_is(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer,
        "Colonel Tarek Mansour was asked by reporter Lina Saleh, “Will the convoy reach the town before dark?”"))
        .containsExactly("Lina Saleh -> Lina Saleh");
  }

  @Test
  void an_attribution_can_close_the_sentence_the_quotation_opens(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer,
        "“The corridor will stay shut” unless the guarantees arrive, said Nadia Farouk, a negotiator with the relief committee.\n\n"
            + "“Talks are the only road left” for the two sides, she said on Friday."))
        .containsExactly("Nadia Farouk -> Nadia Farouk", "she -> Nadia Farouk");
  }

  @Test
  void an_inverted_title_may_hold_of(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer,
        "“The border crossings must reopen this week,” said former minister of health Samir Aoun, who visited the camps."))
        .containsExactly("Samir Aoun -> Samir Aoun");
  }

  @Test
  void one_of_a_group_speaks_and_agree_follows_a_quotation(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer,
        "“The convoy was turned back twice,” said one of the drivers, who asked not to be named.\n\n"
            + "“Nobody told us why,” agreed Yusuf Demir, a second driver."))
        .containsExactly("one of the drivers -> ?", "Yusuf Demir -> Yusuf Demir");
  }

  @Test
  void she_skips_the_man_named_first(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer,
        "Omar Nasser met Maria Khoury in Beirut on Monday.\n\nShe said: “The talks were useful but nothing was signed.”"))
        .containsExactly("She -> Maria Khoury");
  }

  @Test
  void an_attribution_closing_the_sentence_outranks_the_speech_verb_inside_it(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer,
        "Fadi Khalil said the governor “would not survive the vote in the assembly,” Rania Aziz recalled on Tuesday."))
        .containsExactly("Rania Aziz -> Rania Aziz");
  }

  @Test
  void according_to_after_a_quotation_names_its_source(TextAnalyzer analyzer) {
    assertThat(speakers(analyzer,
        "“The crossing will open again at dawn on Friday,” according to Hana Rizk, a spokeswoman for the relief agency."))
        .containsExactly("Hana Rizk -> Hana Rizk");
  }
}
