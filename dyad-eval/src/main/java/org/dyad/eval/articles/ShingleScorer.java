package org.dyad.eval.articles;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction benchmark's metric: multisets of word 4-gram shingles compared per
 * document, then macro-averaged.
 *
 * <p>Tokens are maximal runs of word characters as Python's Unicode {@code \w} defines them
 * (letters, numbers and the underscore; case kept). A text with fewer than four tokens has one
 * shingle of all its tokens, and an empty text has none.
 */
public final class ShingleScorer {
  private static final int SHINGLE_SIZE = 4;

  /** Splits a text into word tokens. */
  public static List<String> tokens(String text) {
    requireNonNull(text, "text is null");
    List<String> tokens = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  private static boolean isWordChar(int cp) {
    if (cp == '_') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** Compares one predicted text with its gold text. */
  public DocumentScore compare(String gold, String predicted) {
    List<String> goldTokens = tokens(requireNonNull(gold, "gold is null"));
    List<String> predictedTokens = tokens(requireNonNull(predicted, "predicted is null"));
    Map<List<String>, Integer> goldShingles = shingles(goldTokens);
    Map<List<String>, Integer> predictedShingles = shingles(predictedTokens);
    Set<List<String>> keys = new HashSet<>(goldShingles.keySet());
    keys.addAll(predictedShingles.keySet());
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (List<String> key : keys) {
      int g = goldShingles.getOrDefault(key, 0);
      int p = predictedShingles.getOrDefault(key, 0);
      tp += Math.min(g, p);
      fp += Math.max(0, p - g);
      fn += Math.max(0, g - p);
    }
    return new DocumentScore(tp, fp, fn, goldTokens.equals(predictedTokens));
  }

  private static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    if (tokens.size() < SHINGLE_SIZE) {
      counts.put(List.copyOf(tokens), 1);
      return counts;
    }
    for (int i = 0; i + SHINGLE_SIZE <= tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, i + SHINGLE_SIZE)), 1, Integer::sum);
    }
    return counts;
  }

  /** Macro-averages per-document scores; F1 is the harmonic mean of macro P and macro R. */
  public ExtractionScore summarize(List<DocumentScore> documents) {
    requireNonNull(documents, "documents is null");
    double precisionSum = 0;
    int precisionCount = 0;
    double recallSum = 0;
    int recallCount = 0;
    int exact = 0;
    for (DocumentScore d : documents) {
      if (d.hasPrediction()) {
        precisionSum += d.precision();
        precisionCount++;
      }
      if (d.hasGold()) {
        recallSum += d.recall();
        recallCount++;
      }
      exact += d.exactMatch() ? 1 : 0;
    }
    double p = precisionCount == 0 ? 0 : precisionSum / precisionCount;
    double r = recallCount == 0 ? 0 : recallSum / recallCount;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    double accuracy = documents.isEmpty() ? 0 : (double) exact / documents.size();
    return new ExtractionScore(p, r, f1, accuracy, documents.size());
  }
}
