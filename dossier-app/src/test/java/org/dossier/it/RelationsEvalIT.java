package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.dossier.app.Dossier;
import org.dossier.app.EvalService;
import org.dossier.nlp.TextAnalyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier eval gold/relations-gold.jsonl --json --no-corenlp} on the shared corpus, through the
 * service the command runs, with the JVM's shared analyser: the JSON has the relation block under
 * {@code "dossier"}, whose {@code n_gold} is the number of relations the file lists, and no quote block
 * (the file's quotes are not annotated). The scores themselves are reported, not pinned. Skipped when
 * {@code ../shared/corpus} is absent.
 */
@Tag("nlp")
@ExtendWith(SharedAnalyzer.class)
class RelationsEvalIT {

  @Test
  void eval_reports_relation_scores_over_every_gold_relation(TextAnalyzer analyzer, @TempDir Path tmp) throws Exception {
    Path corpus = Corpus.require(".");
    Path gold = RelationsGoldTest.goldFile();
    ObjectMapper json = new ObjectMapper();
    int listed = 0;
    for (String line : Files.readAllLines(gold)) {
      if (!line.isBlank()) listed += json.readTree(line).get("relations").size();
    }

    EvalService.Report report;
    try (Dossier dossier = new Dossier(tmp.resolve("unused.db"), analyzer)) {
      report = EvalService.forDossier(dossier, 1, false, corpus).run(gold, OptionalInt.empty());
    }

    assertThat(report.rejected()).isEmpty();
    assertThat(report.failures()).isEmpty();
    JsonNode out = json.readTree(report.toJson());
    assertThat(out.get("articles").asInt()).isEqualTo(281);
    assertThat(out.get("dossier").get("quotes").isNull()).isTrue();
    JsonNode relations = out.get("dossier").get("relations");
    assertThat(relations).isNotNull();
    // one article of batch C lists the same relation twice under two names the actor dictionary joins
    // (one real-world group renamed), so the eval counts it once
    assertThat(relations.get("n_gold").asInt()).isEqualTo(listed - 1).isEqualTo(1183);
    assertThat(relations.get("n_predicted").asInt()).isNotNegative();
    for (String score : List.of("precision", "f1")) {
      JsonNode v = relations.get(score);
      assertThat(v.isNull() || v.asDouble() >= 0 && v.asDouble() <= 1).as(score).isTrue();
    }
    assertThat(relations.get("recall").asDouble()).isBetween(0.0, 1.0);
    System.out.println("relations-gold.jsonl: " + relations);
  }
}
