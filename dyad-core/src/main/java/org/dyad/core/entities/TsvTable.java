package org.dyad.core.entities;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A versioned dictionary file: comment lines start with {@code #}; two of them are required before
 * the first row, {@code # format: col1 col2 ...} (the column names) and {@code # version: N}. Rows
 * are tab-separated, with exactly one non-blank cell per column.
 */
public record TsvTable(String file, String version, List<String> columns, List<TsvTable.Row> rows) {
  /** One data row and its 1-based line number. */
  public record Row(int line, List<String> cells) {
    public String get(int column) {
      return cells.get(column);
    }
  }

  public TsvTable {
    requireNonNull(file, "file is null");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** Loads a file next to this class and checks that its columns are {@code expected}. */
  static TsvTable resource(String file, String... expected) {
    return resource(TsvTable.class, file, expected);
  }

  /** Loads a file next to {@code anchor} (its package's resources) and checks that its columns are {@code expected}. */
  public static TsvTable resource(Class<?> anchor, String file, String... expected) {
    try (InputStream in = anchor.getResourceAsStream(file)) {
      if (in == null) {
        throw new DictionaryFormatException(file + ": not found on the class path");
      }
      InputStream body = file.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
      return parse(file, new InputStreamReader(body, StandardCharsets.UTF_8), expected);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Parses a file, refusing any row or header that does not fit. */
  static TsvTable parse(String file, Reader reader, String... expected) {
    List<String> columns = null;
    String version = null;
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      int line = 0;
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        line++;
        if (s.startsWith("#")) {
          String c = s.substring(1).trim();
          if (c.startsWith("format:")) {
            columns = List.of(c.substring("format:".length()).trim().split("\\s+"));
          } else if (c.startsWith("version:")) {
            version = c.substring("version:".length()).trim();
          }
          continue;
        }
        if (s.isBlank()) {
          continue;
        }
        String at = file + ":" + line + ": ";
        if (columns == null || version == null || version.isEmpty()) {
          throw new DictionaryFormatException(at + "row before the '# format:' and '# version:' headers");
        }
        rows.add(row(at, line, s, columns));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    if (columns == null || version == null) {
      throw new DictionaryFormatException(file + ": missing '# format:' or '# version:' header");
    }
    if (expected.length > 0 && !columns.equals(Arrays.asList(expected))) {
      throw new DictionaryFormatException(
          file + ": columns " + columns + " but the loader expects " + Arrays.asList(expected));
    }
    return new TsvTable(file, version, columns, rows);
  }

  private static Row row(String at, int line, String s, List<String> columns) {
    String[] cells = s.split("\t", -1);
    if (cells.length != columns.size()) {
      throw new DictionaryFormatException(
          at + "expected " + columns.size() + " tab-separated cells " + columns + ", got " + cells.length);
    }
    for (int i = 0; i < cells.length; i++) {
      if (cells[i].isBlank() || !cells[i].equals(cells[i].strip())) {
        throw new DictionaryFormatException(at + "blank or padded cell in column '" + columns.get(i) + "'");
      }
    }
    return new Row(line, List.of(cells));
  }

  /** "file:line: " for messages about a row. */
  public String at(Row row) {
    return file + ":" + row.line() + ": ";
  }
}
