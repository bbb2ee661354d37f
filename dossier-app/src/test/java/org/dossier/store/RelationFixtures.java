package org.dossier.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.ActorType;
import org.dossier.model.Article;
import org.dossier.model.ArticleFacts;
import org.dossier.model.Evidence;
import org.dossier.model.MentionType;
import org.dossier.model.Relation;
import org.dossier.model.RelationType;
import org.dossier.model.Span;

/**
 * Three invented articles about invented armed groups, with the relations extraction would find in them:
 * the Eastern Coalition backs the Northern Brigade (stated twice, once by a speaker, denied once), the
 * Northern and the Southern Brigade fight (stated once in each direction), Idris Kamali leads the Northern
 * Brigade, the Southern Brigade may talk to the Eastern Coalition (hedged).
 */
public final class RelationFixtures {
  public static final String V1 = "test-1";
  public static final String V2 = "test-2";

  public static final String COALITION_TEXT = "The Eastern Coalition backs the Northern Brigade, officials said."
      + " Northern Brigade fighters clashed with the Southern Brigade near Varnak.\n";
  public static final String ARMS_TEXT = "The Southern Brigade fought the Northern Brigade for the hills."
      + " \"The Eastern Coalition arms the Northern Brigade,\" said Commander Tarik Sallam."
      + " Colonel Idris Kamali leads the Northern Brigade.\n";
  public static final String DENIAL_TEXT = "The Eastern Coalition denied arming the Northern Brigade."
      + " The Southern Brigade could hold talks with the Eastern Coalition.\n";

  private RelationFixtures() {}

  /** Builds facts with relations whose spans are found in the text, so they verify by construction. */
  static final class Builder {
    private final Article article;
    private final FactsBuilder facts;
    private final List<Relation> relations = new ArrayList<>();

    Builder(Article article) {
      this.article = article;
      this.facts = new FactsBuilder(article);
    }

    int actor(String name, ActorType type) {
      int i = facts.actor(name, type, List.of());
      facts.mention(name, 0, type == ActorType.PERSON ? MentionType.PERSON : MentionType.ORGANIZATION, i);
      return i;
    }

    /**
     * A relation stated in {@code sentence} (its first occurrence in the text); the subject mention is
     * searched from the sentence's start, the object after the subject, the trigger from the sentence's start.
     */
    Builder relation(String sentence, int subject, String subjectText, RelationType type, int object,
        String objectText, String trigger, int polarity, int claimedBy) {
      Span s = facts.find(sentence);
      Span subj = facts.find(subjectText, s.begin());
      Span obj = facts.find(objectText, subj.end());
      Optional<Span> t = trigger == null ? Optional.empty() : Optional.of(facts.find(trigger, s.begin()));
      relations.add(new Relation(new Evidence(article.id(), s), sentence, subject, subj, type, object, obj, polarity, t,
          claimedBy, "test-" + type.label()));
      return this;
    }

    ArticleFacts build(String version) {
      return facts.build(version).withRelations(relations).verify();
    }
  }

  public static Article coalitionArticle() {
    return Article.of("test/coalition.txt", COALITION_TEXT).withTitle("Coalition backs brigade")
        .withDate(LocalDate.of(2021, 5, 1)).withOutlet("Example Wire");
  }

  /**
   * The Eastern Coalition supports the Northern Brigade; the Northern Brigade opposes the Southern Brigade.
   * {@code revised}: a later extraction that finds only the fighting.
   */
  public static ArticleFacts coalition(String version, boolean revised) {
    Builder b = new Builder(coalitionArticle());
    int coalition = b.actor("Eastern Coalition", ActorType.POLITICAL_ORGANIZATION);
    int north = b.actor("Northern Brigade", ActorType.ARMED_GROUP);
    int south = b.actor("Southern Brigade", ActorType.ARMED_GROUP);
    if (!revised) {
      b.relation("The Eastern Coalition backs the Northern Brigade, officials said.", coalition, "Eastern Coalition",
          RelationType.SUPPORTS, north, "Northern Brigade", "backs", 1, Relation.OUTLET);
    }
    b.relation("Northern Brigade fighters clashed with the Southern Brigade near Varnak.", north, "Northern Brigade",
        RelationType.OPPOSES, south, "Southern Brigade", "clashed", 1, Relation.OUTLET);
    return b.build(version);
  }

  public static Article armsArticle() {
    return Article.of("test/arms.txt", ARMS_TEXT).withTitle("Brigades fight for the hills")
        .withDate(LocalDate.of(2021, 5, 7)).withOutlet("Daily Courier");
  }

  /**
   * The Southern Brigade opposes the Northern Brigade; the Eastern Coalition supports the Northern Brigade,
   * claimed by Tarik Sallam; Idris Kamali directs the Northern Brigade.
   */
  public static ArticleFacts arms(String version) {
    Builder b = new Builder(armsArticle());
    int south = b.actor("Southern Brigade", ActorType.ARMED_GROUP);
    int north = b.actor("Northern Brigade", ActorType.ARMED_GROUP);
    int coalition = b.actor("Eastern Coalition", ActorType.POLITICAL_ORGANIZATION);
    int sallam = b.actor("Tarik Sallam", ActorType.PERSON);
    int kamali = b.actor("Idris Kamali", ActorType.PERSON);
    b.relation("The Southern Brigade fought the Northern Brigade for the hills.", south, "Southern Brigade",
        RelationType.OPPOSES, north, "Northern Brigade", "fought", 1, Relation.OUTLET);
    b.relation("\"The Eastern Coalition arms the Northern Brigade,\" said Commander Tarik Sallam.", coalition,
        "Eastern Coalition", RelationType.SUPPORTS, north, "Northern Brigade", "arms", 1, sallam);
    b.relation("Colonel Idris Kamali leads the Northern Brigade.", kamali, "Idris Kamali", RelationType.DIRECTS, north,
        "Northern Brigade", "leads", 1, Relation.OUTLET);
    return b.build(version);
  }

  public static Article denialArticle() {
    return Article.of("test/denial.txt", DENIAL_TEXT).withTitle("Coalition denies arming brigade");
  }

  /** Undated, no outlet: the Eastern Coalition denies supporting the Northern Brigade; hedged talks. */
  public static ArticleFacts denial(String version) {
    Builder b = new Builder(denialArticle());
    int coalition = b.actor("Eastern Coalition", ActorType.POLITICAL_ORGANIZATION);
    int north = b.actor("Northern Brigade", ActorType.ARMED_GROUP);
    int south = b.actor("Southern Brigade", ActorType.ARMED_GROUP);
    b.relation("The Eastern Coalition denied arming the Northern Brigade.", coalition, "Eastern Coalition",
        RelationType.SUPPORTS, north, "Northern Brigade", "arming", -1, Relation.OUTLET);
    b.relation("The Southern Brigade could hold talks with the Eastern Coalition.", south, "Southern Brigade",
        RelationType.NEGOTIATES_WITH, coalition, "Eastern Coalition", "talks", 0, Relation.OUTLET);
    return b.build(version);
  }

  /** Stores the three articles. */
  public static void putAll(Store store) {
    store.put(coalition(V1, false));
    store.put(arms(V1));
    store.put(denial(V1));
  }
}
