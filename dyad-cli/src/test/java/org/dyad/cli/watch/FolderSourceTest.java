package org.dyad.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.read.InputReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceTest {
  @TempDir
  Path dir;

  private final InputReader reader = new InputReader(10_000);

  /** Polls the source; its documents' ids, and how many files it remembers. */
  private static String poll(FolderSource source, int cycle, SourceMemory memory, SourceMemory[] next) {
    List<String> ids = new ArrayList<>();
    Source.Poll p = source.poll(cycle, memory, d -> ids.add(d.id()));
    next[0] = p.memory();
    assertEquals(ids.size(), p.fresh());
    return ids + " seen " + p.memory().seen().size();
  }

  @Test
  void onlyNewOrChangedFilesAreReadAndRemovedOnesAreForgotten() throws Exception {
    Path in = Files.createDirectories(dir.resolve("crawl"));
    Files.writeString(in.resolve("a.txt"), "The port reopened on Monday.");
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("sub/b.html"), "<p>Talks resumed in the capital.</p>");
    Files.writeString(in.resolve("notes.bin"), "not a page");
    FolderSource source = new FolderSource(in, reader);
    SourceMemory[] m = {SourceMemory.NEW};
    assertEquals("[a.txt, sub/b.html] seen 2", poll(source, 1, m[0], m));
    assertEquals("[] seen 2", poll(source, 2, m[0], m));
    Files.writeString(in.resolve("a.txt"), "The port reopened on Monday after a week.");
    Files.setLastModifiedTime(in.resolve("a.txt"), FileTime.fromMillis(1_000_000));
    Files.delete(in.resolve("sub/b.html"));
    Files.writeString(in.resolve("c.txt"), "A convoy crossed the bridge.");
    assertEquals("[a.txt, c.txt] seen 2", poll(source, 3, m[0], m));
  }

  @Test
  void aMissingFolderFailsAndIsRetriedLater() {
    FolderSource source = new FolderSource(dir.resolve("absent"), reader);
    Source.Poll p = source.poll(1, SourceMemory.NEW, d -> { });
    assertEquals("cannot list " + dir.resolve("absent") + ": no such file or folder; retry at 2", p.failure() + "; retry at " + p.memory().retryAt());
    assertEquals("true", String.valueOf(source.poll(1, p.memory(), d -> { }).waited()));
  }
}
