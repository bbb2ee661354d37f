package org.dossier.relate;

import java.util.List;
import org.dossier.model.ActorType;
import org.dossier.model.ArticleFacts;
import org.dossier.model.MentionType;
import org.dossier.resolve.ActorDictionary;

/**
 * The invented world of the hand-parsed relation tests: Marovia is a state whose government is "the regime"
 * (capital Velland), Ostrelia another state, the Talvan Front and the Sarn Brigade armed groups, Corran a town,
 * Ivo Marsh a person. Names only become mentions where a test sentence uses them.
 */
final class MaroviaWorld {

  static final ActorDictionary DICTIONARY = ActorDictionary.parse("test-actors.tsv",
      "Marovia\tstate\t~the regime\tMarovian\tVelland\nOstrelia\tstate\t-\tOstrelian\t-\n");

  private static final RelationExtractor EXTRACTOR = new RelationExtractor(DICTIONARY);

  private MaroviaWorld() {}

  /** An article that knows the world's names, with no sentence yet. */
  static ParsedArticle world() {
    return new ParsedArticle()
        .named("Marovia", MentionType.LOCATION, ActorType.STATE)
        .named("Ostrelia", MentionType.LOCATION, ActorType.STATE)
        .named("Velland", MentionType.LOCATION, ActorType.PLACE)
        .named("Corran", MentionType.LOCATION, ActorType.PLACE)
        .named("Talvan Front", MentionType.ORGANIZATION, ActorType.ARMED_GROUP)
        .named("Sarn Brigade", MentionType.ORGANIZATION, ActorType.ARMED_GROUP)
        .named("Ivo Marsh", MentionType.PERSON, ActorType.PERSON);
  }

  /** A first sentence that names Marovia, so that "government forces" are its. */
  static ParsedArticle inMarovia() {
    return world().sentence("Marovia_NNP_2_nsubj mourned_VBD_0_root_mourn ._._2_punct");
  }

  /** The facts of {@code a} with the relations the extractor finds. */
  static ArticleFacts extract(ParsedArticle a) {
    return EXTRACTOR.extract(a.facts(), a.analysis());
  }

  /** The relations the extractor finds in {@code a}, described as "Subject type Object polarity". */
  static List<String> relations(ParsedArticle a) {
    return ParsedArticle.describe(extract(a));
  }
}
