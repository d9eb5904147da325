package org.dyad.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** Copies a folder of test resources into a real folder, from the class path's folder or jar alike. */
public final class ResourceTrees {
  private ResourceTrees() {}

  /** Copies the resource folder (for example {@code /mixed}) into {@code target}, which is created. */
  public static Path copy(String folder, Path target) {
    URL url = ResourceTrees.class.getResource(folder);
    if (url == null) {
      throw new IllegalStateException("test resource folder missing: " + folder);
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        copyFromJar(uri, folder, target);
      } else {
        copyTree(Path.of(uri), target);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyFromJar(URI uri, String folder, Path target) throws IOException {
    FileSystem fs;
    boolean opened;
    try {
      fs = FileSystems.newFileSystem(uri, Map.of());
      opened = true;
    } catch (FileSystemAlreadyExistsException e) {
      fs = FileSystems.getFileSystem(uri);
      opened = false;
    }
    try {
      copyTree(fs.getPath(folder), target);
    } finally {
      if (opened) {
        fs.close();
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
