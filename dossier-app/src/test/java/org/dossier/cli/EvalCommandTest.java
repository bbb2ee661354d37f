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
}
