package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.input.PortableDataStream;
import org.dyad.core.read.InputReader;
import org.dyad.model.RawDocument;

/**
 * Reads one file of a Hadoop-compatible file system with {@link InputReader}, so every format the
 * command reads (pages, JSON lines, WARC, feeds, gzipped or not) is read the same way: the stream is
 * copied to a local temporary file of the same name (the name tells the kind and compression), read,
 * and deleted. Documents keep the Hadoop path as their origin.
 */
final class HadoopInput {
  private HadoopInput() {
  }

  /** The document id the command gives a file: its path under the input folder, or its name. */
  static String id(String root, String file) {
    String r = root.endsWith("/") ? root : root + "/";
    return file.startsWith(r) ? file.substring(r.length()) : file.substring(file.lastIndexOf('/') + 1);
  }

  /** True for files the command would read from this input: all when the input is the file itself. */
  static boolean wanted(String root, String file) {
    return file.equals(root) || InputReader.isSupported(Path.of(file.substring(file.lastIndexOf('/') + 1)));
  }

  /** The file's documents in order, each with its file and record number (its place in the file). */
  static Iterator<SparkDocument> documents(String root, String file, PortableDataStream data, long maxBytes) {
    List<SparkDocument> out = new ArrayList<>();
    read(root, file, data, maxBytes, d -> out.add(SparkDocument.of(file, out.size(), d)));
    return out.iterator();
  }

  /** Reads the file's documents, in order, into the sink. */
  static void read(String root, String file, PortableDataStream data, long maxBytes, Consumer<RawDocument> sink) {
    String id = id(root, file);
    Path dir = null;
    try {
      dir = Files.createTempDirectory("dyad-spark");
      Path local = dir.resolve(file.substring(file.lastIndexOf('/') + 1));
      try (InputStream in = data.open()) {
        Files.copy(in, local);
      }
      String prefix = local.toString();
      new InputReader(maxBytes).readFile(local, id, d -> sink.accept(withOrigin(d, prefix, file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + file + " to a local file", e);
    } finally {
      delete(dir);
    }
  }

  private static RawDocument withOrigin(RawDocument d, String localPrefix, String file) {
    String origin = d.origin().startsWith(localPrefix) ? file + d.origin().substring(localPrefix.length()) : d.origin();
    return new RawDocument(d.id(), origin, d.url(), d.title(), d.published(), d.fetched(), d.content(), d.type(), d.issues());
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary file is harmless.
    }
  }
}
