package org.dyad.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.dyad.core.read.InputReader;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceTest {
  @TempDir
  Path dir;

  private final InputReader reader = new InputReader(10_000);

  private static String ids(Source.Poll p) {
    return p.fresh().stream().map(RawDocument::id).toList() + " seen " + p.memory().seen().size();
  }

  @Test
  void onlyNewOrChangedFilesAreReadAndRemovedOnesAreForgotten() throws Exception {
    Path in = Files.createDirectories(dir.resolve("crawl"));
    Files.writeString(in.resolve("a.txt"), "The port reopened on Monday.");
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("sub/b.html"), "<p>Talks resumed in the capital.</p>");
    Files.writeString(in.resolve("notes.bin"), "not a page");
    FolderSource source = new FolderSource(in, reader);
    Source.Poll first = source.poll(1, SourceMemory.NEW);
    assertEquals("[a.txt, sub/b.html] seen 2", ids(first));
    Source.Poll second = source.poll(2, first.memory());
    assertEquals("[] seen 2", ids(second));
    Files.writeString(in.resolve("a.txt"), "The port reopened on Monday after a week.");
    Files.setLastModifiedTime(in.resolve("a.txt"), FileTime.fromMillis(1_000_000));
    Files.delete(in.resolve("sub/b.html"));
    Files.writeString(in.resolve("c.txt"), "A convoy crossed the bridge.");
    assertEquals("[a.txt, c.txt] seen 2", ids(source.poll(3, second.memory())));
  }

  @Test
  void aMissingFolderFailsAndIsRetriedLater() {
    FolderSource source = new FolderSource(dir.resolve("absent"), reader);
    Source.Poll p = source.poll(1, SourceMemory.NEW);
    assertEquals("cannot list " + dir.resolve("absent") + ": no such file or folder; retry at 2", p.failure() + "; retry at " + p.memory().retryAt());
    assertEquals("true", String.valueOf(source.poll(1, p.memory()).waited()));
  }
}
