package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in process for tests: its standard output, then "\nERR " and its standard error. */
final class CliRun {
  private CliRun() {}

  /** Runs the arguments, fails the test unless the exit code is 0, and returns what was written. */
  static String ok(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertEquals(0, cl.execute(args), err.toString());
    return out + "\nERR " + err;
  }
}
