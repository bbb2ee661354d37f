package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.ActorType;
import org.dossier.model.Article;
import org.dossier.model.ArticleFacts;
import org.dossier.model.MentionType;
import org.dossier.model.QuoteKind;

/** Three invented articles about an invented town, as extraction would deliver their facts. */
public final class StoreFixtures {
  public static final String V1 = "test-1";
  public static final String V2 = "test-2";

  public static final String TALKS_TEXT = "Rolando Vesti, a researcher at the Halden Institute, said the talks had"
      + " stalled. \"Nobody in Varnak trusts the Northern Brigade any more,\" Vesti told reporters. The Northern"
      + " Brigade denied the claim.\n";
  public static final String TALKS_QUOTE = "\"Nobody in Varnak trusts the Northern Brigade any more,\"";
  public static final String DEPOT_TEXT = "Artillery hit a fuel depot near Varnak on Tuesday. \"The depot was empty"
      + " when the shells landed,\" Vesti said. Colonel Idris Kamali of the Northern Brigade said the strike was a"
      + " warning.\n";
  public static final String WITHDRAWAL_TEXT = "Northern Brigade fighters withdrew from the eastern hills as the"
      + " Southern Brigade advanced.\n";

  private StoreFixtures() {}

  public static Article talksArticle() {
    return Article.of("test/talks.txt", TALKS_TEXT).withTitle("Ceasefire talks stall in Varnak")
        .withDate(LocalDate.of(2021, 3, 4)).withOutlet("Example Wire");
  }

  /**
   * Rolando Vesti (alias Vesti, a researcher), the Northern Brigade, Varnak; a direct quote by Vesti about
   * Varnak and the Brigade, and reported speech. {@code revised}: a later extraction that finds only the
   * reported speech, no Varnak and no alias.
   */
  public static ArticleFacts talks(String version, boolean revised) {
    FactsBuilder b = new FactsBuilder(talksArticle());
    int vesti = b.actor("Rolando Vesti", ActorType.PERSON, revised ? List.of() : List.of("Vesti"),
        "a researcher at the Halden Institute");
    int brigade = b.actor("Northern Brigade", ActorType.ARMED_GROUP, List.of("The Northern Brigade"));
    b.mention("Rolando Vesti", 0, MentionType.PERSON, vesti);
    b.mention("The Northern Brigade", 0, MentionType.ORGANIZATION, brigade);
    b.quote("the talks had stalled", QuoteKind.REPORTED, vesti, "Rolando Vesti", "said", null, 0);
    if (!revised) {
      int varnak = b.actor("Varnak", ActorType.PLACE, List.of());
      int quoteEnd = TALKS_TEXT.indexOf(TALKS_QUOTE) + TALKS_QUOTE.length();
      b.mention("Varnak", 0, MentionType.LOCATION, varnak);
      b.mention("Northern Brigade", 0, MentionType.ORGANIZATION, brigade);
      b.mention("Vesti", quoteEnd, MentionType.PERSON, vesti);
      b.quote(TALKS_QUOTE, QuoteKind.DIRECT, vesti, "Vesti", "told reporters", "a researcher at the Halden Institute",
          quoteEnd, brigade, varnak);
    }
    return b.build(version);
  }

  public static Article depotArticle() {
    return Article.of("test/depot.txt", DEPOT_TEXT).withTitle("Brigade shells fuel depot")
        .withDate(LocalDate.of(2021, 3, 9));
  }

  /** "Vesti" alone (to be merged with Rolando Vesti), Colonel Idris Kamali, the Northern Brigade, Varnak. */
  public static ArticleFacts depot(String version) {
    FactsBuilder b = new FactsBuilder(depotArticle());
    int vesti = b.actor("Vesti", ActorType.PERSON, List.of());
    int kamali = b.actor("Idris Kamali", ActorType.PERSON, List.of(), "Colonel");
    int brigade = b.actor("Northern Brigade", ActorType.ARMED_GROUP, List.of("the Northern Brigade"));
    int varnak = b.actor("Varnak", ActorType.PLACE, List.of());
    String quote = "\"The depot was empty when the shells landed,\"";
    int quoteEnd = DEPOT_TEXT.indexOf(quote) + quote.length();
    b.mention("Varnak", 0, MentionType.LOCATION, varnak);
    b.mention("Vesti", 0, MentionType.PERSON, vesti);
    b.mention("Idris Kamali", 0, MentionType.PERSON, kamali);
    b.mention("Northern Brigade", 0, MentionType.ORGANIZATION, brigade);
    b.quote(quote, QuoteKind.DIRECT, vesti, "Vesti", "said", null, quoteEnd);
    b.quote("the strike was a warning", QuoteKind.REPORTED, kamali, "Idris Kamali", "said", "Colonel", quoteEnd);
    return b.build(version);
  }

  public static Article withdrawalArticle() {
    return Article.of("test/withdrawal.txt", WITHDRAWAL_TEXT).withTitle("Brigade pulls back");
  }

  /** The Northern and the Southern Brigade; no quotes, no date. */
  public static ArticleFacts withdrawal(String version) {
    FactsBuilder b = new FactsBuilder(withdrawalArticle());
    int north = b.actor("Northern Brigade", ActorType.ARMED_GROUP, List.of());
    int south = b.actor("the Southern Brigade", ActorType.ARMED_GROUP, List.of());
    b.mention("Northern Brigade", 0, MentionType.ORGANIZATION, north);
    b.mention("Southern Brigade", 0, MentionType.ORGANIZATION, south);
    return b.build(version);
  }

  /** Stores the three articles. */
  public static void putAll(Store store) {
    store.put(talks(V1, false));
    store.put(depot(V1));
    store.put(withdrawal(V1));
  }
}
