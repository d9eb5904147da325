package org.dyad.core.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.CleanedArticle;
import org.dyad.model.Dateline;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.NerMention;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * A small stand-in for the CoreNLP annotator: splits text into tokens with true offsets (acronyms
 * like "U.S." stay whole, "'s" and hyphens are split off as CoreNLP does), ends sentences at . ! ?,
 * guesses POS, and marks only the NER mentions and dependency arcs a test asks for.
 */
final class FakeAnnotation {
  /** Tokens as CoreNLP cuts them: acronyms with dots, a short abbreviation before a comma ("Ky.,", "Inc.,"), words, marks. */
  private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{Lu}\\p{Ll}{1,3}\\.(?=,)|['\u2019]s\\b|[\\p{L}\\p{N}]+|\\S");
  private static final Map<String, String> POS = Map.ofEntries(Map.entry("the", "DT"), Map.entry("a", "DT"),
      Map.entry("of", "IN"), Map.entry("for", "IN"), Map.entry("in", "IN"), Map.entry("to", "TO"),
      Map.entry("and", "CC"), Map.entry("said", "VBD"), Map.entry("he", "PRP"), Map.entry("she", "PRP"),
      Map.entry("him", "PRP"), Map.entry("her", "PRP$"), Map.entry("his", "PRP$"));
  private static final Pattern ARC = Pattern.compile("([\\w:]+)\\((\\S+), (\\S+)\\)");
  private static final Set<String> ENDS = Set.of(".", "!", "?");
  private final String text;
  private final List<int[]> spans = new ArrayList<>();
  private final List<String[]> mentions = new ArrayList<>();
  private final List<Dependency> dependencies = new ArrayList<>();
  private final Map<String, String> tags = new HashMap<>();

  private FakeAnnotation(String text) {
    this.text = text;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
  }

  static FakeAnnotation of(String text) {
    return new FakeAnnotation(text);
  }

  static CleanedArticle article(String text) {
    return new CleanedArticle("t", null, null, null, null, null, text, "en", List.of());
  }

  static CleanedArticle article(String text, String datelinePlace) {
    return new CleanedArticle("t", null, null, null, null, new Dateline(datelinePlace, datelinePlace + ","),
        text, "en", List.of());
  }

  /** Marks the {@code nth} (0-based) occurrence of {@code phrase} as an NER mention of {@code type}. */
  FakeAnnotation mention(String type, String phrase, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(phrase, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("no occurrence " + nth + " of " + phrase);
      }
    }
    mentions.add(new String[] {type, Integer.toString(at), Integer.toString(at + phrase.length())});
    return this;
  }

  FakeAnnotation person(String phrase) {
    return mention("PERSON", phrase, 0);
  }

  FakeAnnotation mention(String type, String phrase) {
    return mention(type, phrase, 0);
  }

  /** Tags every token spelled {@code word} with {@code pos} (for example "JJ" for an adjective). */
  FakeAnnotation pos(String word, String pos) {
    tags.put(word, pos);
    return this;
  }

  /** Adds an arc between the first tokens spelled {@code governor} and {@code dependent}. */
  FakeAnnotation dep(String governor, String dependent, String relation) {
    dependencies.add(new Dependency(tokenOf(governor), tokenOf(dependent), relation));
    return this;
  }

  /**
   * Adds arcs written as the parser prints them, {@code relation(governor, dependent)} separated by
   * spaces ({@code "nmod(Police, Karachi) case(Karachi, in)"}); null adds none.
   */
  FakeAnnotation deps(String arcs) {
    if (arcs == null) {
      return this;
    }
    if (!ARC.matcher(arcs).replaceAll("").isBlank()) {
      throw new IllegalArgumentException("not arcs relation(governor, dependent): " + arcs);
    }
    Matcher m = ARC.matcher(arcs);
    while (m.find()) {
      dep(m.group(2), m.group(3), m.group(1));
    }
    return this;
  }

  int tokenOf(String word) {
    for (int i = 0; i < spans.size(); i++) {
      if (text.substring(spans.get(i)[0], spans.get(i)[1]).equals(word)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no token " + word);
  }

  Annotation build() {
    List<NerMention> ner = new ArrayList<>();
    Map<Integer, String> tagOf = new HashMap<>();
    for (String[] m : mentions) {
      int start = Integer.parseInt(m[1]);
      int end = Integer.parseInt(m[2]);
      int first = -1;
      int last = -1;
      for (int i = 0; i < spans.size(); i++) {
        if (spans.get(i)[0] >= start && spans.get(i)[1] <= end) {
          first = first < 0 ? i : first;
          last = i;
          tagOf.put(i, m[0]);
        }
      }
      ner.add(new NerMention(start, end, first, last + 1, m[0], text.substring(start, end)));
    }
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int sentenceFirst = 0;
    for (int i = 0; i < spans.size(); i++) {
      String w = text.substring(spans.get(i)[0], spans.get(i)[1]);
      tokens.add(new Token(i, sentences.size(), spans.get(i)[0], spans.get(i)[1], w,
          w.toLowerCase(Locale.ROOT), tags.getOrDefault(w, pos(w)), tagOf.getOrDefault(i, "O")));
      if (ENDS.contains(w) || i == spans.size() - 1) {
        sentences.add(sentence(sentences.size(), sentenceFirst, i + 1));
        sentenceFirst = i + 1;
      }
    }
    return new Annotation(tokens, sentences, ner, List.of());
  }

  private Sentence sentence(int index, int first, int end) {
    List<Dependency> own = dependencies.stream()
        .filter(d -> d.dependent() >= first && d.dependent() < end).toList();
    return new Sentence(index, spans.get(first)[0], spans.get(end - 1)[1], first, end, own);
  }

  private static String pos(String w) {
    String p = POS.get(w.toLowerCase(Locale.ROOT));
    if (p != null) {
      return p;
    }
    if (!Character.isLetterOrDigit(w.charAt(0))) {
      return w;
    }
    return Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
  }
}
