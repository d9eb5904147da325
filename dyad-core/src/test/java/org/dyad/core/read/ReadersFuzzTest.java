package org.dyad.core.read;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the JSON-lines, WARC and feed readers through {@link InputReader#readFile}: any bytes give at
 * least one document (a broken input is an empty document with its reason) and nothing escapes.
 */
class ReadersFuzzTest {
  private static final InputReader READER = new InputReader(1 << 20);
  private static Path dir;

  @BeforeAll
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("dyad-fuzz");
  }

  @AfterAll
  static void removeDir() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @FuzzTest(maxDuration = "1m")
  void jsonLines(@NotNull byte[] input) throws IOException {
    read("input.jsonl", input);
  }

  @FuzzTest(maxDuration = "1m")
  void warc(@NotNull byte[] input) throws IOException {
    read("input.warc", input);
  }

  @FuzzTest(maxDuration = "1m")
  void feed(@NotNull byte[] input) throws IOException {
    read("input.rss", input);
  }

  private static void read(String name, byte[] input) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, input);
    List<RawDocument> docs = new ArrayList<>();
    READER.readFile(file, name, docs::add);
    if (InputSniffer.kindOf(file) == InputKind.FEED) {
      assertFalse(docs.isEmpty(), "a feed always leaves a document, if only one with the reason");
    }
  }
}
