package org.dossier.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dossier export}: writes parts of the knowledge base for other tools; each format is a subcommand. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the knowledge base for other tools.",
    subcommands = {ExportGraphCommand.class})
final class ExportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** Without a subcommand: the usage, on stderr, and the usage exit code. */
  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    cl.getErr().println("dossier export: say what to export: " + String.join(", ", cl.getSubcommands().keySet()));
    cl.usage(cl.getErr());
    cl.getErr().flush();
    return ExitCodes.USAGE;
  }
}
