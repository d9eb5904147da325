package org.dyad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.dyad.store.Corpus;
import org.dyad.store.StoreException;
import org.dyad.web.ReviewAccess;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The review token of {@code dyad serve}: given or generated, printed on standard output and kept in an owner-only file. */
final class ReviewToken {
  /** The file in the store folder that holds the running server's token. */
  static final String FILE = "review-token";

  private ReviewToken() {
  }

  static ReviewAccess access(CommandSpec spec, String given) {
    try {
      return given == null ? ReviewAccess.generated() : new ReviewAccess(given);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Opens an existing store for writing (serve never creates one). */
  static Corpus openExisting(Path dir) {
    if (!Files.isRegularFile(dir.resolve(Corpus.DATABASE))) {
      throw new StoreException("no Dyad store in " + dir + " (run `dyad ingest` first)", null);
    }
    return Corpus.open(dir);
  }

  /** Prints the token on standard output and writes it to {@code STORE/review-token}, readable by its owner only. */
  static void publish(CommandSpec spec, Path store, ReviewAccess access) throws IOException {
    Path file = store.resolve(FILE);
    Files.deleteIfExists(file);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
    Files.writeString(file, access.token() + "\n", StandardCharsets.UTF_8);
    spec.commandLine().getOut().println("review token: " + access.token() + " (also in " + file + ")");
    spec.commandLine().getOut().flush();
  }
}
