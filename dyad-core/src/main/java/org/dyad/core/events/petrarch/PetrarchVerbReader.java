package org.dyad.core.events.petrarch;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.entities.DictionaryFormatException;
import org.dyad.core.events.Codebook;

/**
 * Reads PETRARCH/TABARI verb dictionaries ({@code CAMEO.2.0.txt}, {@code PETR.Validate.verbs.txt}):
 * synsets ({@code &NAME} and its {@code +PHRASE} lines), verb blocks ({@code --- NAME [code] ---}), the
 * block's verbs ({@code BREAK {BROKE BROKEN}}, {@code +BREAK_DOWN}, {@code KLM_NOP_+RST [002]}) and its
 * patterns ({@code - + * FROM $ [074]}). A code must be a CAMEO code or refine one ({@code 1717} keeps
 * its name; a letter suffix is dropped, {@code 075A} is {@code 075}, as the output format has digits only);
 * {@code ---} and {@code +++} code nothing. PETRARCH2's transformation rules ({@code ~ ...}) are not
 * supported.
 */
public final class PetrarchVerbReader {
  private static final Pattern BLOCK = Pattern.compile("---+\\s*([^\\[]*?)\\s*\\[([^\\]]*)\\].*");
  private static final Pattern CODE = Pattern.compile("[0-9]{2,4}[A-Za-z]?");

  private final String origin;
  private final Consumer<String> problems;
  private final Codebook codebook;
  private final Map<String, List<List<String>>> synsets = new HashMap<>();
  private final List<PetrarchVerb> verbs = new ArrayList<>();
  private Block block;
  private String synset;
  private int line;

  private PetrarchVerbReader(String origin, Consumer<String> problems, Codebook codebook) {
    this.origin = requireNonNull(origin, "origin is null");
    this.problems = requireNonNull(problems, "problems is null");
    this.codebook = requireNonNull(codebook, "codebook is null");
  }

  /** Reads strictly: a line that cannot be read is refused with file:line. */
  public static PetrarchVerbs read(Reader reader, String origin) throws IOException {
    return read(reader, origin, problem -> {
      throw new DictionaryFormatException(problem);
    });
  }

  /** Reads leniently: a line that cannot be read goes to {@code problems} ("file:line: message") and is skipped. */
  public static PetrarchVerbs read(Reader reader, String origin, Consumer<String> problems) throws IOException {
    PetrarchVerbReader r = new PetrarchVerbReader(origin, problems, Codebook.standard());
    BufferedReader in = new BufferedReader(requireNonNull(reader, "reader is null"));
    String text;
    while ((text = in.readLine()) != null) {
      r.line++;
      String t = strip(text);
      if (!t.isEmpty()) {
        r.accept(t);
      }
    }
    r.closeBlock();
    return new PetrarchVerbs(r.verbs);
  }

  private void accept(String t) {
    if (t.startsWith("---")) {
      startBlock(t);
    } else if (t.startsWith("&")) {
      synset = name(t.split("\\s+")[0]);
      synsets.put(synset, new ArrayList<>());
    } else if (t.startsWith("+") && synset != null) {
      List<List<String>> phrases = PatternParser.phrases(t.substring(1).strip(), synsets);
      if (phrases == null) {
        problem("unknown synset in " + t);
      } else {
        synsets.get(synset).addAll(phrases);
      }
    } else if (t.startsWith("-")) {
      pattern(t.substring(1).strip());
    } else if (t.startsWith("~")) {
      problem("PETRARCH2 transformation rules are not supported: " + t);
    } else if (block == null) {
      problem("not in a verb block: " + t);
    } else {
      verbLine(t);
    }
  }

  private void startBlock(String t) {
    closeBlock();
    synset = null;
    Matcher m = BLOCK.matcher(t);
    if (!m.matches()) {
      problem("not a verb block header: " + t);
      return;
    }
    block = new Block(codes(m.group(2)));
  }

  private void verbLine(String t) {
    synset = null;
    String words = t.startsWith("+") ? t.substring(1) : t;
    String[] code = block.codes;
    int bracket = words.indexOf('[');
    if (bracket >= 0) {
      code = codes(words.substring(bracket + 1, Math.max(bracket + 1, words.indexOf(']', bracket))));
      words = words.substring(0, bracket);
    }
    int brace = words.indexOf('{');
    List<String> forms = new ArrayList<>();
    forms.add(brace >= 0 ? words.substring(0, brace) : words);
    if (brace >= 0) {
      for (String f : words.substring(brace + 1).replace("}", " ").strip().split("\\s+")) {
        forms.add(f.startsWith("+") ? f.substring(1) : f);
      }
    }
    for (String f : forms) {
      if (!f.isBlank()) {
        block.verbs.add(new Form(f.strip(), code));
      }
    }
  }

  private void pattern(String t) {
    synset = null;
    if (block == null) {
      problem("a pattern outside a verb block: " + t);
      return;
    }
    int open = t.lastIndexOf('[');
    int close = t.lastIndexOf(']');
    if (open < 0 || close < open) {
      problem("a pattern without a [code]: " + t);
      return;
    }
    String[] codes = codes(t.substring(open + 1, close));
    String error = PatternParser.check(t.substring(0, open), synsets);
    if (error != null) {
      problem(error + ": " + t);
      return;
    }
    block.patterns.add(PatternParser.parse(t.substring(0, open), synsets, codes == null ? null : codes[0],
        codes == null ? null : codes[1]));
  }

  /** The code and the code back ({@code [042:043]}), null for a pattern that codes nothing. */
  private String[] codes(String field) {
    String[] parts = field.strip().split(":", -1);
    String[] out = new String[2];
    for (int i = 0; i < Math.min(2, parts.length); i++) {
      String c = parts[i].strip().replaceAll("[?!]+$", "");
      if (c.matches("-+|\\++|#+|")) {
        continue;
      }
      if (!CODE.matcher(c).matches() || codebook.nearest(c).isEmpty()) {
        problem("not a CAMEO code: [" + field + "]");
        return null;
      }
      out[i] = c.replaceAll("[A-Za-z]$", "");
    }
    return out[0] == null ? null : out;
  }

  private void closeBlock() {
    if (block == null) {
      return;
    }
    for (Form v : block.verbs) {
      PetrarchVerb verb = verbOf(v.text, v.codes, block.patterns);
      if (verb != null) {
        verbs.add(verb);
      }
    }
    block = null;
  }

  /** {@code KLM_NOP_+RST}: words joined by {@code _}, the one marked {@code +} inflects (else the first). */
  private PetrarchVerb verbOf(String form, String[] codes, List<PetrarchPattern> patterns) {
    List<String> words = new ArrayList<>();
    int head = 0;
    for (String w : form.split("[_\\s]+")) {
      if (w.startsWith("+")) {
        head = words.size();
        w = w.substring(1);
      }
      if (!w.isEmpty()) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    if (words.isEmpty() || head >= words.size()) {
      return null;
    }
    return new PetrarchVerb(words, head, codes == null ? null : codes[0], codes == null ? null : codes[1], patterns);
  }

  private void problem(String message) {
    problems.accept(origin + ":" + line + ": " + message);
  }

  static String name(String token) {
    return token.replaceAll("_+$", "").toUpperCase(Locale.ROOT);
  }

  /** The line without comments ({@code #}, {@code <!-- -->}) and surrounding space. */
  private static String strip(String text) {
    String t = text.strip();
    if (t.startsWith("<!")) {
      return "";
    }
    int hash = t.indexOf('#');
    return (hash >= 0 ? t.substring(0, hash) : t).strip();
  }

  /** A verb block being read: its default codes (null for none), its verbs and its patterns. */
  private static final class Block {
    final String[] codes;
    final List<Form> verbs = new ArrayList<>();
    final List<PetrarchPattern> patterns = new ArrayList<>();

    Block(String[] codes) {
      this.codes = codes;
    }
  }

  /** A verb as written ({@code WALK_+OUT}) with its codes (null for none). */
  private record Form(String text, String[] codes) {}
}
