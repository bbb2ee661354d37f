package org.dossier.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command line. Only this class calls {@link System#exit}. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds an evidence-linked knowledge base from conflict news and queries it.",
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
      IngestCommand.class,
      ReextractCommand.class,
      SearchCommand.class,
      ActorsCommand.class,
      ActorCommand.class,
      QuotesCommand.class,
      RelationsCommand.class,
      ExportCommand.class,
      ReindexCommand.class,
      EvalCommand.class,
      BenchCommand.class,
    })
public final class Main implements Callable<Integer> {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for {@link #main} and for in-process tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("dossier: internal error: " + ex);
      org.slf4j.LoggerFactory.getLogger(Main.class).error("internal error", ex);
      return ExitCodes.INTERNAL_ERROR;
    });
    return cl;
  }

  @Override
  public Integer call() {
    CommandLine.usage(this, System.out);
    return ExitCodes.USAGE;
  }
}
