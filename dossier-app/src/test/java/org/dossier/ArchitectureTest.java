package org.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/ARCHITECTURE.md: one outside library per package, the model depending on nothing of
 * ours, the engine knowing nothing of the application.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dossier");
  }

  @Test
  void only_nlp_touches_corenlp() {
    noClasses().that().resideOutsideOfPackage("org.dossier.nlp..").should().dependOnClassesThat()
        .resideInAPackage("edu.stanford..").check(classes);
  }

  @Test
  void only_store_touches_jdbc_and_only_search_touches_lucene() {
    noClasses().that().resideOutsideOfPackage("org.dossier.store..").should().dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.sqlite..").check(classes);
    noClasses().that().resideOutsideOfPackage("org.dossier.search..").should().dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..").check(classes);
  }

  @Test
  void only_cli_touches_picocli() {
    noClasses().that().resideOutsideOfPackage("org.dossier.cli..").should().dependOnClassesThat()
        .resideInAPackage("picocli..").check(classes);
  }

  @Test
  void the_model_depends_on_nothing_else_of_ours() {
    noClasses().that().resideInAPackage("org.dossier.model..").should().dependOnClassesThat()
        .resideInAnyPackage("org.dossier.ingest..", "org.dossier.nlp..", "org.dossier.extract..", "org.dossier.eval..",
            "org.dossier.relate..", "org.dossier.store..", "org.dossier.search..", "org.dossier.app..", "org.dossier.cli..")
        .check(classes);
  }

  @Test
  void the_engine_knows_nothing_of_the_application() {
    noClasses().that().resideInAnyPackage("org.dossier.model..", "org.dossier.ingest..", "org.dossier.nlp..",
            "org.dossier.extract..", "org.dossier.resolve..", "org.dossier.relate..", "org.dossier.eval..")
        .should().dependOnClassesThat().resideInAnyPackage("org.dossier.store..", "org.dossier.search..", "org.dossier.app..",
            "org.dossier.cli..")
        .check(classes);
  }

  @Test
  void stages_do_not_import_each_other() {
    // resolve holds shared name rules (NameKey) that extract, store and eval all apply
    noClasses().that().resideInAPackage("org.dossier.ingest..").should().dependOnClassesThat()
        .resideInAnyPackage("org.dossier.nlp..", "org.dossier.extract..", "org.dossier.eval..").check(classes);
    noClasses().that().resideInAPackage("org.dossier.nlp..").should().dependOnClassesThat()
        .resideInAnyPackage("org.dossier.ingest..", "org.dossier.extract..", "org.dossier.eval..").check(classes);
    noClasses().that().resideInAPackage("org.dossier.extract..").should().dependOnClassesThat()
        .resideInAnyPackage("org.dossier.ingest..", "org.dossier.nlp..", "org.dossier.eval..").check(classes);
    // resolve: canonical actors (dictionary, canonicalizer) from the model and the analysis only (issue 4)
    noClasses().that().resideInAPackage("org.dossier.resolve..").should().dependOnClassesThat()
        .resideInAnyPackage("org.dossier.ingest..", "org.dossier.nlp..", "org.dossier.extract..", "org.dossier.eval..",
            "org.dossier.relate..").check(classes);
    // relate: relations read from the parse; it uses the model and resolve's dictionary only
    noClasses().that().resideInAPackage("org.dossier.relate..").should().dependOnClassesThat()
        .resideInAnyPackage("org.dossier.ingest..", "org.dossier.nlp..", "org.dossier.extract..", "org.dossier.eval..")
        .check(classes);
    noClasses().that().resideOutsideOfPackages("org.dossier.relate..", "org.dossier.app..", "org.dossier.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.dossier.relate..").check(classes);
  }
}
