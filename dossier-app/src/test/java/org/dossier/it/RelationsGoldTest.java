package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.eval.ArticlePrediction;
import org.dossier.eval.GoldArticle;
import org.dossier.eval.GoldJsonlReader;
import org.dossier.eval.GoldRelation;
import org.dossier.eval.GoldSet;
import org.dossier.eval.NameMatcher;
import org.dossier.eval.PredictedRelation;
import org.dossier.eval.RelationScore;
import org.dossier.eval.RelationScorer;
import org.junit.jupiter.api.Test;

/**
 * The relation gold of docs/ANNOTATION.md ({@code gold/relations-gold.jsonl}) resolves against the shared
 * corpus: every line's text is found with its hash, every evidence span is in range, the FA-KES articles are
 * exactly the sample the docs state, and seed 000 holds the relations issue 4 requires. No CoreNLP; skipped
 * when {@code ../shared/corpus} is absent.
 */
class RelationsGoldTest {

  static final int FAKES_RECORDS = 804;
  static final int EVERY = 36;
  static final Pattern FAKES_ID = Pattern.compile("fakes-r(\\d{3})-(\\d+)");
  /**
   * Records of batches X and Y's series left out as near-copies of earlier gold (5-word shingle overlap 0.63
   * with record 49 and 0.47 with record 196; docs/ANNOTATION.md).
   */
  static final List<Integer> NEAR_COPIES_LEFT_OUT = List.of(316, 712);

  static Path goldFile() {
    return resource("/gold/relations-gold.jsonl");
  }

  /** The held-out batches V, W, X and Y: the same lines as in {@link #goldFile()}, for scoring them alone. */
  static Path heldOutFile() {
    return resource("/gold/relations-heldout.jsonl");
  }

  private static Path resource(String name) {
    try {
      return Path.of(RelationsGoldTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static GoldSet read() {
    return read(goldFile());
  }

  private static GoldSet read(Path file) {
    return new GoldJsonlReader(Corpus.require(".")).read(file);
  }

  /** The FA-KES record numbers of a gold set's articles, sorted. */
  private static List<Integer> records(GoldSet gold) {
    return gold.articles().stream().map(GoldArticle::id).map(FAKES_ID::matcher)
        .filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1))).sorted().toList();
  }

  /** Every {@code step}-th record from {@code first} up to {@code last}, added to {@code out}. */
  private static void every(int step, int first, int last, List<Integer> out) {
    for (int r = first; r <= last; r += step) out.add(r);
  }

  @Test
  void every_line_resolves_against_the_corpus() {
    GoldSet gold = read();

    assertThat(gold.rejected()).isEmpty();
    assertThat(gold.articles()).hasSize(281);
    assertThat(gold.articles()).allMatch(a -> !a.quotesAnnotated() && a.relationsAnnotated() && a.quotes().isEmpty());
    assertThat(gold.articles().stream().mapToInt(a -> a.relations().size()).sum()).isEqualTo(1184);
    for (GoldArticle a : gold.articles()) {
      for (GoldRelation r : a.relations()) {
        assertThat(r.evidence()).as(a.id() + " " + r).isNotBlank().hasSizeLessThan(1200);
        assertThat(a.text()).as(a.id()).contains(r.evidence());
      }
    }
  }

  @Test
  void the_held_out_file_is_batches_v_w_x_and_y_line_for_line() throws Exception {
    List<String> all = java.nio.file.Files.readAllLines(goldFile());
    List<String> heldOut = java.nio.file.Files.readAllLines(heldOutFile());
    GoldSet gold = read(heldOutFile());
    List<Integer> records = records(gold);

    assertThat(gold.rejected()).isEmpty();
    assertThat(heldOut).hasSize(43);
    assertThat(all).containsAll(heldOut);
    List<Integer> expected = new java.util.ArrayList<>();
    for (int first : new int[] {1, 55, 28, 64}) every(2 * EVERY, first, FAKES_RECORDS - 1, expected);
    expected.removeAll(NEAR_COPIES_LEFT_OUT);
    java.util.Collections.sort(expected);
    assertThat(records).isEqualTo(expected).hasSize(43);
  }

  @Test
  void the_fakes_articles_are_every_36th_record_from_the_first_and_13th_and_from_the_9th_18th_27th_up_to_279_and_every_72nd_from_the_1st_4th_7th_16th_22nd_25th_28th_31st_34th_40th_43rd_46th_52nd_55th_58th_61st_64th_67th_and_70th() {
    List<Integer> records = records(read());

    List<Integer> expected = new java.util.ArrayList<>();
    every(EVERY, 0, FAKES_RECORDS - 1, expected);
    // batches B, C and D, annotated in session 3 as held-out checks of the relation rules (docs/ANNOTATION.md)
    every(EVERY, EVERY / 2, 270, expected);
    every(EVERY, EVERY / 4, 270, expected);
    every(EVERY, 3 * EVERY / 4, 279, expected);
    // batch E, annotated in session 4 as a held-out check; its errors were read in session 5
    every(2 * EVERY, 4, FAKES_RECORDS - 1, expected);
    // batches F and G, annotated in session 5 while the rules were written from the earlier batches
    every(2 * EVERY, 40, FAKES_RECORDS - 1, expected);
    every(2 * EVERY, 58, FAKES_RECORDS - 1, expected);
    // batches H and I (every 72nd from the 22nd and the 31st) and J and K (every 36th from the 13th), session 6
    every(2 * EVERY, 22, FAKES_RECORDS - 1, expected);
    every(2 * EVERY, 31, FAKES_RECORDS - 1, expected);
    every(EVERY, 13, FAKES_RECORDS - 1, expected);
    // batches L and M (every 72nd from the 67th and the 70th), session 6
    every(2 * EVERY, 67, FAKES_RECORDS - 1, expected);
    every(2 * EVERY, 70, FAKES_RECORDS - 1, expected);
    // batches N and O (every 72nd from the 7th and the 16th) and P and Q (from the 25th and the 34th), session 7
    every(2 * EVERY, 7, FAKES_RECORDS - 1, expected);
    every(2 * EVERY, 16, FAKES_RECORDS - 1, expected);
    every(2 * EVERY, 25, FAKES_RECORDS - 1, expected);
    every(2 * EVERY, 34, FAKES_RECORDS - 1, expected);
    // batches R, S, T and U (every 72nd from the 43rd, 52nd, 61st and 46th), session 8
    every(2 * EVERY, 43, FAKES_RECORDS - 1, expected);
    every(2 * EVERY, 52, FAKES_RECORDS - 1, expected);
    every(2 * EVERY, 61, FAKES_RECORDS - 1, expected);
    every(2 * EVERY, 46, FAKES_RECORDS - 1, expected);
    // batches V and W (every 72nd from record 1 and from record 55), session 9
    every(2 * EVERY, 1, FAKES_RECORDS - 1, expected);
    every(2 * EVERY, 55, FAKES_RECORDS - 1, expected);
    // batches X and Y (every 72nd from record 28 and from record 64, without two near-copies), session 10
    every(2 * EVERY, 28, FAKES_RECORDS - 1, expected);
    every(2 * EVERY, 64, FAKES_RECORDS - 1, expected);
    expected.removeAll(NEAR_COPIES_LEFT_OUT);
    java.util.Collections.sort(expected);
    assertThat(records).isEqualTo(expected).hasSize(279);
  }

  @Test
  void no_relation_is_listed_twice_so_n_gold_is_the_line_count() {
    // Scoring the gold against itself: every distinct relation is found, and nothing collapses.
    RelationScorer scorer = new RelationScorer(new NameMatcher());
    RelationScore total = RelationScore.ZERO;
    for (GoldArticle a : read().articles()) {
      List<PredictedRelation> same = a.relations().stream()
          .map(r -> new PredictedRelation(r.subject(), r.relation(), r.object(), r.polarity(), r.evidence(), "gold"))
          .toList();
      total = total.plus(scorer.judge(a, new ArticlePrediction(List.of(), List.of(), same)).score());
    }
    assertThat(total).isEqualTo(new RelationScore(281, 1184, 1184, 1184, 1184, 1184));
  }

  @Test
  void seed_000_has_the_relations_issue_4_asks_for() {
    GoldArticle seed = read().articles().stream().filter(a -> a.id().equals("seed-000")).findFirst().orElseThrow();
    Set<String> triples = seed.relations().stream().map(r -> r.subject() + " " + r.relation() + " " + r.object())
        .collect(Collectors.toSet());

    assertThat(triples).contains(
        "Iran supports Shiite militias",
        "United States supports anti-Assad rebels",
        "Hezbollah directs foreign Shiite militiamen",
        "Iranian Revolutionary Guards directs foreign Shiite militiamen",
        "Fastaqim member_of Free Syrian Army",
        "Saudi Arabia opposes Iran");
  }
}
