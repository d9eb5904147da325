package org.dyad.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dyad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command. Each verb is one class; this one only wires them and maps errors to exit codes. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    version = "dyad 0.1.0",
    description = "Reads news and writes down who did what to whom, who said what, where and when.",
    subcommands = {AnalyzeCommand.class, IngestCommand.class, EventsCommand.class, TimelineCommand.class, SearchCommand.class,
        ActorsCommand.class, ExportCommand.class, ReviewCommand.class, ServeCommand.class, LoadCommand.class, QuotesCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class, ConvertCommand.class, WatchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code when the input could not be processed at all. */
  public static final int NOTHING_PROCESSED = 3;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** A date option's value, refused in Dyad's words (not Java's parser's) when it is no calendar day. */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("want a calendar day as YYYY-MM-DD, such as 2021-08-25; '" + value
          + "' is " + (value.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? "no such day" : "not written that way"));
    }
  }

  /** The configured command line, also used by tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(LocalDate.class, Main::date);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof IllegalArgumentException || e instanceof StoreException) {
        cmd.getErr().println("dyad: " + e.getMessage());
        return e instanceof StoreException ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.USAGE;
      }
      cmd.getErr().println("dyad: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      return CommandLine.ExitCode.SOFTWARE;
    });
    return cl;
  }
}
