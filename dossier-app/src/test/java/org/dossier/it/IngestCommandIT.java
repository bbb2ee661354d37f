package org.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.cli.ExitCodes;
import org.dossier.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The ingest command on a batch with broken inputs: each bad input named with its reason, the good ones
 * stored, exit code 3; the same batch again stores nothing new.
 */
@Tag("nlp")
class IngestCommandIT {

  private static String[] run(Path dir, Path db) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("ingest", dir.toString(), "--db", db.toString(), "--threads", "2");
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void bad_inputs_are_named_and_the_batch_goes_on(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("good.txt"), "date 2023-05-02 Bridge reopens\n\n"
        + "The bridge over the Khabur river reopened on Monday. \"Trucks can cross again,\" said Rania Aziz, the district engineer.\n");
    Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 9, 0});
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 owners said the street was calm.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("feed.jsonl"), "{\"text\": \"Shelling resumed near the dam, a farmer said.\", \"date\": \"2023-05-01\"}\n"
        + "{\"text\": broken\n");
    Files.writeString(dir.resolve("table.csv"), "title,text\nok,\"Aid trucks arrived in the valley on Tuesday, officials said.\"\nbad,\"never closed\n");
    Path db = tmp.resolve("kb.db");

    String[] first = run(dir, db);
    assertThat(first[0]).isEqualTo(Integer.toString(ExitCodes.REJECTED_INPUT));
    assertThat(first[2]).contains("binary.txt: not text (binary")
        .contains("empty.txt: empty file")
        .contains("latin1.txt: not valid UTF-8 (first bad byte at offset 3)")
        .contains("feed.jsonl:2: malformed JSON")
        .contains("table.csv:3: malformed CSV");
    assertThat(first[1]).contains("stored 3, replaced 0, unchanged 0, rejected 5, failed 0");

    String[] second = run(dir, db);
    assertThat(second[0]).isEqualTo(Integer.toString(ExitCodes.REJECTED_INPUT));
    assertThat(second[1]).contains("stored 0, replaced 0, unchanged 3, rejected 5, failed 0");
  }
}
