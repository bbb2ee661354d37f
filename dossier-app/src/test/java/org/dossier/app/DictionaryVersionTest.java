package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.extract.ExtractorVersion;
import org.dossier.ingest.CorpusReader;
import org.dossier.nlp.TextAnalyzer;
import org.dossier.resolve.ActorDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user dictionary is part of the extraction version: a new one re-extracts, the same one is skipped. */
class DictionaryVersionTest {

  @TempDir
  Path dir;

  private static final String TEXT = "KDF fighters took the hill near Varnak.\n";

  private static final TextAnalyzer ANALYZER = CapitalsAnalyzer.INSTANCE;

  private org.dossier.app.IngestReport ingest(Path db, ActorDictionary dictionary) {
    try (Dossier dossier = new Dossier(db, ANALYZER, dictionary)) {
      return new IngestService(dossier, 1).ingest(List.of(dir.resolve("a.txt")), new CorpusReader(), ProgressListener.NONE);
    }
  }

  @Test
  void a_new_dictionary_replaces_the_facts_and_the_same_one_is_skipped() throws Exception {
    Files.writeString(dir.resolve("a.txt"), TEXT);
    Path db = dir.resolve("kb.db");
    ActorDictionary user = ActorDictionary.parse("mine.tsv", "Kestrel Defence Front\tarmed_group\tKDF\n");
    ActorDictionary withUser = ActorDictionary.starter().withOverrides(user);
    try (Dossier d = new Dossier(db, ANALYZER, withUser)) {
      assertThat(d.extractionVersion()).isEqualTo(ExtractorVersion.CURRENT + "+dict-" + user.fingerprint().orElseThrow());
    }

    assertThat(ingest(db, ActorDictionary.starter()).stored()).isEqualTo(1);
    assertThat(ingest(db, ActorDictionary.starter()).unchanged()).isEqualTo(1);
    assertThat(ingest(db, withUser).replaced()).isEqualTo(1);
    assertThat(ingest(db, withUser).unchanged()).isEqualTo(1);
    try (Dossier d = new Dossier(db, ANALYZER, withUser)) {
      assertThat(d.store().findActors("KDF")).extracting(r -> r.name() + " " + r.type().label())
          .containsExactly("Kestrel Defence Front armed_group");
    }
  }
}
