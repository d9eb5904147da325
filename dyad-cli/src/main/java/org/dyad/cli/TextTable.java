package org.dyad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: columns as wide as their widest cell, up to a cap, cut with "…". */
final class TextTable {
  private final List<String> header;
  private final int[] caps;
  private final List<List<String>> rows = new ArrayList<>();

  /** @param columns column names, each optionally followed by {@code :N} for a width cap */
  TextTable(String... columns) {
    header = new ArrayList<>();
    caps = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      String[] parts = columns[i].split(":");
      header.add(parts[0]);
      caps[i] = parts.length > 1 ? Integer.parseInt(parts[1]) : 40;
    }
  }

  TextTable row(Object... cells) {
    if (cells.length != caps.length) {
      throw new IllegalArgumentException("want " + caps.length + " cells, got " + cells.length);
    }
    List<String> r = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      String s = cells[i] == null ? "" : String.valueOf(cells[i]).replaceAll("\\s+", " ");
      r.add(s.length() > caps[i] ? s.substring(0, caps[i] - 1) + "…" : s);
    }
    rows.add(r);
    return this;
  }

  void print(PrintWriter out) {
    int[] widths = new int[caps.length];
    for (int i = 0; i < caps.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    line(out, header, widths);
    for (List<String> r : rows) {
      line(out, r, widths);
    }
    out.flush();
  }

  private static void line(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      b.append(c).append(" ".repeat(i == cells.size() - 1 ? 0 : widths[i] - c.length() + 2));
    }
    out.println(b.toString().stripTrailing());
  }
}
