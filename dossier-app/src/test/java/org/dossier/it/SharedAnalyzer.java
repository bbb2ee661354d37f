package org.dossier.it;

import org.dossier.app.Dossier;
import org.dossier.nlp.AnalyzerOptions;
import org.dossier.nlp.CoreNlpAnalyzer;
import org.dossier.nlp.TextAnalyzer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests one CoreNLP analyser per JVM: loading it takes seconds and a gigabyte, so it is
 * created once, kept in the root extension store and shared by every test class that asks for a
 * {@link TextAnalyzer} parameter.
 */
public final class SharedAnalyzer implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    return p.getParameter().getType() == TextAnalyzer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    return c.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(SharedAnalyzer.class, k -> new CoreNlpAnalyzer(Dossier.analyzerOptions(AnalyzerOptions.ParseScope.SELECTED)), TextAnalyzer.class);
  }
}
