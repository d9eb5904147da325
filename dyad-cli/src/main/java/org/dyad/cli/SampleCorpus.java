package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.core.read.InputReader;
import org.dyad.model.RawDocument;

/**
 * The bundled sample corpus (original agency-style articles written for Dyad), copied out of the
 * class path into a folder so that it goes through the same reader as any user input.
 */
public final class SampleCorpus {
  /**
   * The date the sample pages stand for having been fetched: the year for the datelines that give
   * none (two of the pages name no year anywhere).
   */
  public static final LocalDate FETCH_DATE = LocalDate.of(2021, 9, 10);
  private static final String ROOT = "/dyad/samples/";

  private SampleCorpus() {}

  /** File names in corpus order. */
  public static List<String> names() {
    List<String> out = new ArrayList<>();
    try (InputStream in = resource("index.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Reads the corpus through the same {@link InputReader} as any user input, from a temporary copy
   * that is removed afterwards.
   */
  public static List<RawDocument> read() {
    Path dir = extract();
    try {
      List<RawDocument> docs = new ArrayList<>();
      new InputReader(InputRun.MAX_INPUT_BYTES).read(List.of(dir), docs::add);
      return docs;
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir, e);
    }
  }

  /** Copies the corpus into a new temporary folder, and returns it. */
  private static Path extract() {
    try {
      Path dir = Files.createTempDirectory("dyad-samples-");
      for (String name : names()) {
        try (InputStream in = resource(name)) {
          Files.copy(in, dir.resolve(name));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the sample corpus", e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = SampleCorpus.class.getResourceAsStream(ROOT + name);
    if (in == null) {
      throw new IllegalStateException("sample corpus file missing from the class path: " + name);
    }
    return in;
  }
}
