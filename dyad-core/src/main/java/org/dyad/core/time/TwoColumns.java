package org.dyad.core.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A word list of two tab-separated columns beside the classes (key, value), with {@code #}
 * comments and blank lines; a line with another shape or a value the check refuses stops the load.
 */
final class TwoColumns {
  private TwoColumns() {}

  static Map<String, String> load(String resource, Predicate<String> validValue) {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = TwoColumns.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2 || !validValue.test(cols[1].strip())) {
          throw new IllegalStateException(resource + ": bad line: " + line);
        }
        out.put(cols[0].strip(), cols[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
