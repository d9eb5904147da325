package org.dyad.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.events.Codebook;

/**
 * The seed file ({@code seeds.tsv}): light-verb sets, lemmas that expansion must never add, and the
 * seeds themselves, read from its documented format; a malformed row or an unknown code is refused
 * with file:line.
 *
 * @param seeds the seeds in file order
 * @param lights light-verb sets by name: verbs, a particle joined by {@code _} ("carry_out")
 * @param excluded lemmas (with "v " or "n " first) that expansion must not add, with the reason
 */
record Seeds(List<Seed> seeds, Map<String, List<String>> lights, Map<String, String> excluded) {
  private static final Set<String> EXPANSIONS = Set.of("syn", "tropo1", "tropo2", "deriv", "-");

  static Seeds read(Reader reader, String origin, Codebook codebook) throws IOException {
    List<Seed> seeds = new ArrayList<>();
    Map<String, List<String>> lights = new HashMap<>();
    Map<String, String> excluded = new HashMap<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    for (int n = 1; (line = in.readLine()) != null; n++) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = origin + ":" + n + ": ";
      if (f[0].equals("@light") && f.length == 3) {
        lights.put(f[1], List.of(f[2].strip().split("\\s+")));
      } else if (f[0].equals("x") && f.length == 4) {
        excluded.put(f[1] + " " + f[2], f[3]);
      } else if (f.length == 8) {
        seeds.add(seed(f, n, where, codebook));
      } else {
        throw new IllegalArgumentException(where + "expected a seed (8 columns), @light (3) or x (4), found " + f.length);
      }
    }
    for (Seed s : seeds) {
      for (String l : s.lights()) {
        if (!lights.containsKey(l)) {
          throw new IllegalArgumentException(origin + ":" + s.line() + ": unknown light-verb set " + l);
        }
      }
    }
    return new Seeds(List.copyOf(seeds), Map.copyOf(lights), Map.copyOf(excluded));
  }

  private static Seed seed(String[] f, int n, String where, Codebook codebook) {
    boolean reversed = f[0].startsWith("<");
    String code = reversed ? f[0].substring(1) : f[0];
    if (!codebook.contains(code)) {
      throw new IllegalArgumentException(where + "unknown CAMEO code " + f[0]);
    }
    if (!f[1].equals("v") && !f[1].equals("n")) {
      throw new IllegalArgumentException(where + "part of speech must be v or n: " + f[1]);
    }
    List<Integer> senses = new ArrayList<>();
    if (!f[3].equals("-")) {
      for (String s : f[3].split(",")) {
        senses.add(Integer.parseInt(s.strip()));
      }
    }
    List<String> expand = list(f[6], ",");
    Set<String> unknown = new HashSet<>(expand);
    unknown.removeAll(EXPANSIONS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(where + "unknown expansion " + unknown);
    }
    return new Seed(code, reversed, f[1].equals("n"), f[2].strip(), senses, f[4].equals("*") ? null : f[4].strip(),
        list(f[5], ","), expand, list(f[7], ","), n);
  }

  private static List<String> list(String field, String sep) {
    String t = field.strip();
    return t.equals("*") || t.equals("-") || t.isEmpty() ? List.of() : Arrays.asList(t.split(sep));
  }
}
