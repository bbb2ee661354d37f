package org.dossier.cli;

import org.dossier.extract.ExtractorVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the program and extraction versions. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"dossier (extraction " + ExtractorVersion.CURRENT + ")"};
  }
}
