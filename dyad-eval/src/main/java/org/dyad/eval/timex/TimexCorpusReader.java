package org.dyad.eval.timex;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the TempEval-3 TBAQ-cleaned folder: {@code tbaq_cleaned_tml.tar.gz} (the TimeML documents)
 * and {@code tbaq_timex_gold.tsv.gz} (flat gold with offsets into each document's tag-stripped
 * TEXT). Every document of the archive is returned, with or without gold, sorted by id.
 */
public final class TimexCorpusReader {
  public static final String DOCUMENTS = "tbaq_cleaned_tml.tar.gz";
  public static final String GOLD = "tbaq_timex_gold.tsv.gz";

  private TimexCorpusReader() {}

  /** Reads the folder; throws IllegalStateException when a gold span does not fit its text. */
  public static List<TimexDocument> read(Path dir) throws IOException {
    requireNonNull(dir, "dir is null");
    Map<String, List<TimexGold>> gold = readGold(dir.resolve(GOLD));
    Map<String, byte[]> files;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(DOCUMENTS)))) {
      files = TarReader.readFiles(in, name -> name.endsWith(".tml"));
    }
    List<TimexDocument> docs = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String id = idOf(f.getKey());
      TmlParser.TmlText tml = TmlParser.parse(new String(f.getValue(), StandardCharsets.UTF_8));
      List<TimexGold> g = gold.getOrDefault(id, List.of());
      checkOffsets(id, tml.text(), g);
      docs.add(new TimexDocument(id, tml.dct(), tml.text(), g));
    }
    docs.sort(Comparator.comparing(TimexDocument::id));
    return docs;
  }

  private static Map<String, List<TimexGold>> readGold(Path tsv) throws IOException {
    Map<String, List<TimexGold>> byDoc = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(tsv)), StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null || !header.startsWith("doc\tdct\ttid\ttype\tvalue\tstart\tend\ttext")) {
        throw new IOException("unexpected gold header: " + header);
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        TimexGold g = new TimexGold(Integer.parseInt(f[5]), Integer.parseInt(f[6]), f[7], f[3], f[4]);
        byDoc.computeIfAbsent(f[0], k -> new ArrayList<>()).add(g);
      }
    }
    byDoc.values().forEach(l -> l.sort(Comparator.comparingInt(TimexGold::start)));
    return byDoc;
  }

  private static void checkOffsets(String id, String text, List<TimexGold> gold) {
    for (TimexGold g : gold) {
      if (g.end() > text.length() || !text.substring(g.start(), g.end()).equals(g.text())) {
        throw new IllegalStateException(id + ": gold offsets do not match the text: " + g);
      }
    }
  }

  private static String idOf(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.substring(0, name.length() - ".tml".length());
  }
}
