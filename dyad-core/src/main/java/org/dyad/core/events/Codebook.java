package org.dyad.core.events;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The CAMEO event codes with their Goldstein values, quad classes and PLOVER categories.
 *
 * <p>{@link #standard()} is the codebook shipped in {@code cameo-codebook.tsv} beside this class;
 * that file documents its format and sources. {@link #read} parses the same format from elsewhere
 * and refuses malformed input, naming the origin and line.
 */
public final class Codebook {

  static final String RESOURCE = "cameo-codebook.tsv";
  static final String HEADER = "code\tname\tgoldstein\tquadclass\tplover\tplover_mode";
  private static final int COLUMNS = 6;
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private final SortedMap<String, CameoCode> byCode;

  private Codebook(SortedMap<String, CameoCode> byCode) {
    this.byCode = Collections.unmodifiableSortedMap(byCode);
  }

  /** The standard codebook, read once from the bundled resource. */
  public static Codebook standard() {
    return Standard.INSTANCE;
  }

  /**
   * Reads a codebook in the {@code cameo-codebook.tsv} format. Does not close {@code in}.
   *
   * @param origin names the input in error messages, e.g. a file name
   * @throws IllegalArgumentException for malformed input, with a message "origin:line: problem"
   * @throws UncheckedIOException if reading fails
   */
  public static Codebook read(Reader in, String origin) {
    requireNonNull(in, "in is null");
    requireNonNull(origin, "origin is null");
    try {
      return parse(new BufferedReader(in), origin);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + origin, e);
    }
  }

  /** The code, if it is in this codebook. */
  public Optional<CameoCode> find(String code) {
    requireNonNull(code, "code is null");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The code.
   *
   * @throws IllegalArgumentException if the code is not in this codebook
   */
  public CameoCode get(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("unknown CAMEO code: '" + code + "'"));
  }

  /**
   * The code, else the nearest code it refines: a user dictionary's {@code 1717} takes
   * the facts of {@code 171}. Empty when not even its root is a code here.
   */
  public Optional<CameoCode> nearest(String code) {
    requireNonNull(code, "code is null");
    for (int n = code.length(); n >= 2; n--) {
      CameoCode c = byCode.get(code.substring(0, n));
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Whether the code is in this codebook. */
  public boolean contains(String code) {
    requireNonNull(code, "code is null");
    return byCode.containsKey(code);
  }

  /** Every code, in code order ("01", "010", ..., "0211", "022", ..., "2042"); unmodifiable. */
  public Collection<CameoCode> all() {
    return byCode.values();
  }

  private static Codebook parse(BufferedReader lines, String origin) throws IOException {
    SortedMap<String, CameoCode> codes = new TreeMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    boolean headerSeen = false;
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String where = origin + ":" + number;
      if (!headerSeen) {
        if (!line.strip().equals(HEADER)) {
          throw new IllegalArgumentException(
              where + ": expected the header line '" + HEADER.replace("\t", "\\t") + "'");
        }
        headerSeen = true;
        continue;
      }
      CameoCode code = parseRow(line, where);
      if (codes.putIfAbsent(code.code(), code) != null) {
        throw new IllegalArgumentException(
            where + ": duplicate code " + code.code() + " (first on line "
                + lineOf.get(code.code()) + ")");
      }
      lineOf.put(code.code(), number);
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(origin + ": no header line");
    }
    checkRoots(codes, lineOf, origin);
    return new Codebook(codes);
  }

  private static CameoCode parseRow(String line, String where) {
    String[] fields = line.split("\t", -1);
    if (fields.length != COLUMNS) {
      throw new IllegalArgumentException(
          where + ": expected " + COLUMNS + " tab-separated columns, found " + fields.length);
    }
    for (int i = 0; i < fields.length; i++) {
      fields[i] = fields[i].strip();
    }
    double goldstein = decimal(fields[2], "goldstein", where);
    int quadClass = integer(fields[3], "quadclass", where);
    String mode = fields[5].isEmpty() ? null : fields[5];
    try {
      return new CameoCode(fields[0], fields[1], goldstein, quadClass, fields[4], mode);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static double decimal(String field, String column, String where) {
    if (!DECIMAL.matcher(field).matches()) {
      throw new IllegalArgumentException(
          where + ": " + column + " is not a decimal number: '" + field + "'");
    }
    return Double.parseDouble(field);
  }

  private static int integer(String field, String column, String where) {
    try {
      return Integer.parseInt(field);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          where + ": " + column + " is not an integer: '" + field + "'", e);
    }
  }

  /** Every sub-code needs its root, in the same quad class. */
  private static void checkRoots(
      Map<String, CameoCode> codes, Map<String, Integer> lineOf, String origin) {
    for (CameoCode code : codes.values()) {
      if (code.isRoot()) {
        continue;
      }
      String where = origin + ":" + lineOf.get(code.code());
      CameoCode root = codes.get(code.root());
      if (root == null) {
        throw new IllegalArgumentException(
            where + ": code " + code.code() + " has no root row " + code.root());
      }
      if (root.quadClass() != code.quadClass()) {
        throw new IllegalArgumentException(
            where
                + ": code "
                + code.code()
                + " has quadclass "
                + code.quadClass()
                + " but its root "
                + root.code()
                + " has "
                + root.quadClass());
      }
    }
  }

  /** Holder idiom: the resource is read on first use of {@link #standard()}, once. */
  private static final class Standard {
    static final Codebook INSTANCE = load();

    private static Codebook load() {
      String origin = "classpath:org/dyad/core/events/" + RESOURCE;
      InputStream stream = Codebook.class.getResourceAsStream(RESOURCE);
      if (stream == null) {
        throw new IllegalStateException("missing resource " + origin);
      }
      try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
        return read(in, origin);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + origin, e);
      }
    }
  }
}
