package org.dyad.eval.plv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.eval.quotes.TextSpan;

/** Reads {@code plv_dev.tsv}: tab-separated with a header line, through Jackson's CSV reader. */
public final class PlvReader {
  /** The development split's file in the events-plv folder. */
  public static final String DEV = "plv_dev.tsv";
  private static final Pattern MARK = Pattern.compile("</?[st]>");

  private PlvReader() {}

  /** The items of a PLV file, in file order. */
  public static List<PlvItem> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  static List<PlvItem> read(Reader in, String name) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator('\t');
    List<PlvItem> items = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema).readValues(in)) {
      while (rows.hasNext()) {
        Map<String, String> r = rows.next();
        String marked = column(r, "marked_sentence", name, items.size());
        items.add(new PlvItem(column(r, "sentence", name, items.size()), column(r, "gold_root", name, items.size())
            .toUpperCase(Locale.ROOT), column(r, "source", name, items.size()), column(r, "target", name, items.size()),
            spans(marked, "s"), spans(marked, "t")));
      }
    }
    return items;
  }

  private static String column(Map<String, String> row, String column, String name, int item) throws IOException {
    String v = row.get(column);
    if (v == null) {
      throw new IOException(name + ", item " + (item + 1) + ": no column '" + column + "'");
    }
    return v;
  }

  /** The spans marked {@code <tag>...</tag>} in the sentence with every mark taken out. */
  static List<TextSpan> spans(String marked, String tag) {
    List<TextSpan> out = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int plain = 0;
    int last = 0;
    int open = -1;
    while (m.find()) {
      plain += m.start() - last;
      last = m.end();
      if (m.group().equals("<" + tag + ">")) {
        open = plain;
      } else if (m.group().equals("</" + tag + ">") && open >= 0) {
        if (plain > open) {
          out.add(new TextSpan(open, plain));
        }
        open = -1;
      }
    }
    return out;
  }
}
