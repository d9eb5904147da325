package org.dyad.cli.watch;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.core.read.InputReader;
import org.dyad.model.RawDocument;

/**
 * A folder a crawler writes into (pages, JSON lines, WARC, feeds, each optionally gzipped), or one file
 * that grows. A file is new when its path, size and modification time were not listed at the last poll,
 * so a file that grows is read again whole (the store's de-duplication takes back the records it holds).
 * Crawlers should write a file under another name and rename it when complete.
 */
public final class FolderSource implements Source {
  private final Path root;
  private final InputReader reader;

  public FolderSource(Path root, InputReader reader) {
    this.root = requireNonNull(root, "root is null").toAbsolutePath().normalize();
    this.reader = requireNonNull(reader, "reader is null");
  }

  @Override
  public String name() {
    return root.toString();
  }

  @Override
  public Poll poll(int cycle, SourceMemory memory, Consumer<RawDocument> sink) {
    if (!memory.due(cycle)) {
      return Poll.waiting(memory);
    }
    List<Path> files;
    try {
      files = files();
    } catch (IOException | UncheckedIOException e) {
      return Poll.failed(cycle, memory, "cannot list " + root + ": " + e.getMessage());
    }
    Set<String> listed = new LinkedHashSet<>();
    int[] fresh = {0};
    for (Path file : files) {
      String key;
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        key = id(file) + "|" + a.size() + "|" + a.lastModifiedTime().toMillis();
      } catch (IOException e) {
        continue; // gone between listing and reading: the next poll decides
      }
      listed.add(key);
      if (!memory.seen().contains(key)) {
        reader.readFile(file, id(file), doc -> {
          sink.accept(doc);
          fresh[0]++;
        });
      }
    }
    return new Poll(fresh[0], memory.listed(listed, Validators.NONE), null, false);
  }

  private String id(Path file) {
    return Files.isDirectory(root) ? root.relativize(file).toString() : String.valueOf(file.getFileName());
  }

  private List<Path> files() throws IOException {
    if (!Files.exists(root)) {
      throw new IOException("no such file or folder");
    }
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).filter(InputReader::isSupported).sorted().toList();
    }
  }
}
