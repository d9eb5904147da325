package org.dyad.core.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * A hand-made parse of an invented text: tokens with true offsets ("'s" split off), sentences ending
 * at . ! ? (or a closing mark after them), guessed tags that a test can override, and only the arcs
 * a test gives. Words are named by their spelling, with {@code #n} for the n-th occurrence.
 */
public final class ParsedText {
  private static final Pattern TOKEN = Pattern.compile("['\u2019]s\\b|[\\p{L}\\p{N}]+|\\S");
  private final String text;
  private final List<int[]> spans = new ArrayList<>();
  private final Map<Integer, String[]> tags = new HashMap<>();
  private final Map<Integer, String> ner = new HashMap<>();
  private final List<Dependency> deps = new ArrayList<>();
  private final List<EntityMention> entities = new ArrayList<>();

  private ParsedText(String text) {
    this.text = text;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
  }

  public static ParsedText of(String text) {
    return new ParsedText(text);
  }

  /** Tags a word as a verb with its lemma. */
  public ParsedText verb(String word, String lemma) {
    tags.put(token(word), new String[] {"VBD", lemma});
    return this;
  }

  public ParsedText tag(String word, String pos) {
    return tag(word, pos, word(token(word)).toLowerCase(Locale.ROOT));
  }

  /** Tags a word with its part of speech and lemma ("detained", "VBN", "detain"). */
  public ParsedText tag(String word, String pos, String lemma) {
    tags.put(token(word), new String[] {pos, lemma});
    return this;
  }

  /** Gives a word a named-entity tag (every other word has "O"). */
  public ParsedText ner(String word, String tag) {
    ner.put(token(word), tag);
    return this;
  }

  /** An arc: {@code governor --relation--> dependent}. */
  public ParsedText dep(String governor, String relation, String dependent) {
    deps.add(new Dependency(token(governor), token(dependent), relation));
    return this;
  }

  public ParsedText person(String phrase, String name) {
    int at = text.indexOf(phrase);
    entities.add(new EntityMention(at, at + phrase.length(), phrase, "PERSON", name, null, null, null, null));
    return this;
  }

  public List<EntityMention> entities() {
    return List.copyOf(entities);
  }

  public Annotation build() {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < spans.size(); i++) {
      String w = word(i);
      String[] tag = tags.getOrDefault(i, new String[] {pos(w), w.toLowerCase(Locale.ROOT)});
      tokens.add(new Token(i, sentences.size(), spans.get(i)[0], spans.get(i)[1], w, tag[1], tag[0], ner.getOrDefault(i, "O")));
      boolean closes = i + 1 < spans.size() && word(i + 1).equals("\u201D");
      if ((".!?".contains(w) && !closes) || w.equals("\u201D") && i > 0 && ".!?".contains(word(i - 1)) || i == spans.size() - 1) {
        int f = first;
        int e = i + 1;
        sentences.add(new Sentence(sentences.size(), spans.get(f)[0], spans.get(i)[1], f, e,
            deps.stream().filter(d -> d.dependent() >= f && d.dependent() < e).toList()));
        first = i + 1;
      }
    }
    return new Annotation(tokens, sentences, List.of(), List.of());
  }

  private String word(int i) {
    return text.substring(spans.get(i)[0], spans.get(i)[1]);
  }

  /** The token index of a word named as in {@link #dep}. */
  public int index(String name) {
    return token(name);
  }

  private int token(String name) {
    String[] parts = name.split("#");
    int nth = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
    for (int i = 0; i < spans.size(); i++) {
      if (word(i).equals(parts[0]) && --nth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("no token " + name);
  }

  private static String pos(String w) {
    if (w.equals("\u201C") || w.equals("\"")) {
      return "``";
    }
    if (w.equals("\u201D")) {
      return "''";
    }
    if (!Character.isLetterOrDigit(w.charAt(0))) {
      return w;
    }
    String l = w.toLowerCase(Locale.ROOT);
    if (List.of("he", "she", "they", "we").contains(l)) {
      return "PRP";
    }
    if (List.of("the", "a").contains(l)) {
      return "DT";
    }
    return Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
  }
}
