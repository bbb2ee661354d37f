package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.Span;
import org.dossier.model.text.AnalyzedText;
import org.dossier.model.text.EntityMention;
import org.dossier.model.text.Sentence;
import org.dossier.model.text.Token;
import org.junit.jupiter.api.Test;

/** A person's name the recogniser tags in a place named after the person ("the al-Tarin suburb") is a place. */
class PersonNamedPlaceTest {

  @Test
  void a_name_before_a_place_noun_is_a_place_and_the_same_name_alone_a_person() {
    String text = "Shells hit the al-Tarin suburb and Ivo al-Tarin said nothing .";
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      int b = text.indexOf(w, at);
      tokens.add(new Token(tokens.size(), new Span(b, b + w.length()), w, w.toLowerCase(), w.equals(".") ? "." : "NN", "O", 0));
      at = b + w.length();
    }
    Sentence s = new Sentence(0, new Span(0, text.length()), 0, tokens.size(), List.of());
    int place = text.indexOf("al-Tarin");
    int person = text.indexOf("Ivo al-Tarin");
    List<EntityMention> entities = List.of(
        new EntityMention(new Span(place, place + 8), "al-Tarin", "PERSON", 0, 3, 4),
        new EntityMention(new Span(person, person + 12), "Ivo al-Tarin", "PERSON", 0, 6, 8));
    Article article = Article.of("test", text);
    ArticleFacts f = new ArticleExtractor().extract(article, new AnalyzedText(text, tokens, List.of(s), entities, List.of()));

    assertThat(f.mentions()).filteredOn(m -> m.span().begin() == place).extracting(Mention::type).containsExactly(MentionType.LOCATION);
    assertThat(f.mentions()).filteredOn(m -> m.span().begin() == person).extracting(Mention::type).containsExactly(MentionType.PERSON);
  }
}
