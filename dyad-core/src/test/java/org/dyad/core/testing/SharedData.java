package org.dyad.core.testing;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds data shared between checkouts, kept beside the project rather than in it: walks up from
 * the working directory and looks for a sibling folder {@code shared} (for example, from
 * {@code /work/main/dyad-core} it finds {@code /work/shared}).
 */
public final class SharedData {
  private SharedData() {}

  /**
   * @param relative a path inside the shared folder, such as {@code eval/article-extraction}
   * @return the existing path, or empty when no shared folder holds it
   */
  public static Optional<Path> find(String relative) {
    requireNonNull(relative, "relative is null");
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
