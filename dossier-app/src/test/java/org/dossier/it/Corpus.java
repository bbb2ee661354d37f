package org.dossier.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared real-text corpus is: {@code ../shared/corpus} from the project root. */
public final class Corpus {
  private Corpus() {}

  /** The corpus path {@code relative}, or skips the test with a clear message when it is absent. */
  public static Path require(String relative) {
    Path root = Path.of(System.getProperty("dossier.root", ".")).toAbsolutePath().normalize();
    Path p = root.resolve("../shared/corpus").resolve(relative).normalize();
    assumeTrue(Files.exists(p), "corpus absent: " + p);
    return p;
  }
}
