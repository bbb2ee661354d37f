package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.dossier.it.SharedAnalyzer;
import org.dossier.nlp.TextAnalyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/**
 * {@code dossier bench --json} with no PATH: the bundled demo corpus through CoreNLP (the pipeline shared by
 * the integration tests, so bench does not load another), sane non-negative figures, the temporary
 * knowledge base deleted. No timing is asserted: targets are checked by running bench, not by tests.
 */
@Tag("nlp")
@ExtendWith(SharedAnalyzer.class)
class BenchCommandIT {

  @Test
  void bench_on_the_demo_corpus_reports_sane_figures_and_deletes_its_knowledge_base(TextAnalyzer analyzer) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new BenchCommand(options -> analyzer));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));

    int code = cl.execute("--json", "--threads", "2");

    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("inputs").get(0).asText()).isEqualTo("the bundled demo corpus");
    assertThat(json.get("articles_read").asInt()).isEqualTo(14);
    assertThat(json.get("stored").asInt()).isEqualTo(14);
    assertThat(json.get("rejected").asInt()).isZero();
    assertThat(json.get("rerun_unchanged").asInt()).isEqualTo(14);
    for (String field : List.of("tokens", "quotes", "actors", "relations", "articles_per_second", "tokens_per_second")) {
      assertThat(json.get(field).asDouble()).as(field).isPositive();
    }
    for (String field : List.of("load_seconds", "ingest_seconds", "total_seconds", "rerun_seconds", "heap_max_bytes", "cores")) {
      assertThat(json.get(field).isNumber()).as(field).isTrue();
      assertThat(json.get(field).asDouble()).as(field).isGreaterThanOrEqualTo(0);
    }
    assertThat(json.get("peak_rss_bytes").isNull() || json.get("peak_rss_bytes").asLong() > 0).isTrue();
    assertThat(json.get("threads").asInt()).isEqualTo(2);
    assertThat(json.get("full_corpus").asBoolean()).isFalse();
    assertThat(json.get("extrapolated_seconds").asLong()).isPositive();
    assertThat(json.get("kept").asBoolean()).isFalse();
    Path db = Path.of(json.get("database").asText());
    assertThat(db).doesNotExist();
    assertThat(db.getParent()).doesNotExist();
  }
}
