package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.cli.ExitCodes;
import org.dossier.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dossier eval --limit 3 --json} on the PolNeAR dev split: both systems run (Dossier and CoreNLP's
 * quote baseline, which loads its own pipeline) and report scores in [0, 1]. Loads CoreNLP twice; kept to
 * one test for that reason.
 */
@Tag("nlp")
class EvalCommandIT {

  @Test
  void eval_on_three_polnear_articles_scores_both_systems(@TempDir Path tmp) throws Exception {
    Path dev = Corpus.require("polnear/dev");
    Path errors = tmp.resolve("errors.jsonl");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));

    int code = cl.execute("eval", dev.toString(), "--limit", "3", "--json", "--threads", "1", "--errors", errors.toString());

    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("dataset").asText()).isEqualTo("polnear");
    assertThat(json.get("articles").asInt()).isEqualTo(3);
    for (String system : List.of("dossier", "corenlp")) {
      JsonNode q = json.get(system).get("quotes");
      assertThat(q.get("n").asInt()).as(system).isPositive();
      assertThat(q.get("n").asInt()).as(system).isEqualTo(json.get("dossier").get("quotes").get("n").asInt());
      for (String score : List.of("recall", "speaker_accuracy", "speaker_accuracy_strict")) {
        assertThat(q.get(score).isNumber()).as(system + " " + score).isTrue();
        assertThat(q.get(score).asDouble()).as(system + " " + score).isBetween(0.0, 1.0);
      }
      for (String score : List.of("precision", "speaker_accuracy_found")) {
        assertThat(q.get(score).isNull() || q.get(score).asDouble() >= 0 && q.get(score).asDouble() <= 1)
            .as(system + " " + score).isTrue();
      }
    }
    assertThat(Files.exists(errors)).isTrue();
  }
}
