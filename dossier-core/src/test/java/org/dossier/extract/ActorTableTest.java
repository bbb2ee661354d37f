package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.ActorType;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleId;
import org.dossier.model.MentionType;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class ActorTableTest {

  private static final String TEXT = "Mira Haddad spoke. Haddad left. The Kestrel Relief Agency said so; the Agency denied it.";

  private static Span span(String s, int from) {
    int b = TEXT.indexOf(s, from);
    return new Span(b, b + s.length());
  }

  @Test
  void a_surname_joins_the_full_name_and_a_short_organisation_name_its_long_form() {
    ActorTable t = new ActorTable(ArticleId.of(TEXT));
    int full = t.addNamed(span("Mira Haddad", 0), "Mira Haddad", MentionType.PERSON, 0);
    int sur = t.addNamed(span("Haddad", 12), "Haddad", MentionType.PERSON, 1);
    int org = t.addNamed(span("Kestrel Relief Agency", 0), "Kestrel Relief Agency", MentionType.ORGANIZATION, 2);
    int shortOrg = t.addNamed(span("Agency", TEXT.indexOf("the Agency")), "Agency", MentionType.ORGANIZATION, 2);
    assertThat(sur).isEqualTo(full);
    assertThat(shortOrg).isEqualTo(org);
    List<ArticleActor> actors = t.actors();
    assertThat(actors).hasSize(2);
    assertThat(actors.get(0).name()).isEqualTo("Mira Haddad");
    assertThat(actors.get(0).aliases()).containsExactly("Haddad");
    assertThat(actors.get(0).type()).isEqualTo(ActorType.PERSON);
    assertThat(actors.get(1).name()).isEqualTo("Kestrel Relief Agency");
  }

  @Test
  void a_run_on_form_seen_once_does_not_rename_an_actor_seen_more_often_under_a_clean_name() {
    String text = "Jun 2016 Kestrel Relief Agency said. Kestrel Relief Agency added. Kestrel Relief Agency ended.";
    ActorTable t = new ActorTable(ArticleId.of(text));
    int b1 = text.indexOf("Jun 2016 Kestrel Relief Agency");
    t.addNamed(new Span(b1, b1 + 30), "Jun 2016 Kestrel Relief Agency", MentionType.ORGANIZATION, 0);
    int b2 = text.indexOf("Kestrel Relief Agency added");
    t.addNamed(new Span(b2, b2 + 21), "Kestrel Relief Agency", MentionType.ORGANIZATION, 1);
    int b3 = text.indexOf("Kestrel Relief Agency ended");
    t.addNamed(new Span(b3, b3 + 21), "Kestrel Relief Agency", MentionType.ORGANIZATION, 2);
    assertThat(t.actors()).hasSize(1);
    assertThat(t.actors().get(0).name()).isEqualTo("Kestrel Relief Agency");
  }
}
