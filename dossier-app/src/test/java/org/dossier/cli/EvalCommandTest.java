package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Usage errors of {@code dossier eval}; none of these loads CoreNLP. */
class EvalCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void a_missing_path_is_a_usage_error_naming_it() {
    Path absent = dir.resolve("absent.jsonl");

    Run r = run("eval", absent.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("dossier eval: " + absent + ": no such file or directory" + System.lineSeparator());
  }

  @Test
  void a_directory_that_is_not_a_polnear_split_is_a_usage_error() {
    Run r = run("eval", "--no-corenlp", dir.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("dossier eval: " + dir
        + ": not a PolNeAR directory (needs text/ and attributions/) nor a .jsonl file" + System.lineSeparator());
  }

  @Test
  void a_limit_below_one_is_a_usage_error() {
    Run r = run("eval", "--limit", "0", dir.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("dossier eval: --limit must be at least 1, not 0" + System.lineSeparator());
  }

  @Test
  void a_text_from_line_whose_corpus_file_is_missing_is_rejected_naming_gold_line_and_reason() throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    java.nio.file.Files.writeString(gold, "{\"id\": \"s\", \"text_from\": {\"path\": \"seeds/absent.txt\", \"sha256\": \"00\"}}\n");
    Path corpus = dir.resolve("corpus");

    Run r = run("eval", "--no-corenlp", "--corpus", corpus.toString(), "--json", gold.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.REJECTED_INPUT);
    assertThat(r.err()).isEqualTo("gold.jsonl:1: text_from seeds/absent.txt: corpus file "
        + corpus.resolve("seeds/absent.txt").toAbsolutePath() + " not found or unreadable (corpus directory " + corpus
        + "; see --corpus); line skipped" + System.lineSeparator());
    assertThat(r.out()).contains("\"articles\":0");
  }
}
