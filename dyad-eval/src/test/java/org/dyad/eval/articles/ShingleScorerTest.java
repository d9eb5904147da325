package org.dyad.eval.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {
  private static final double EPS = 1e-9;
  private final ShingleScorer scorer = new ShingleScorer();

  @Test
  void tokensAreUnicodeWordRunsWithCaseKept() {
    assertEquals(List.of("Café", "au", "lait", "costs", "3", "50", "snake_case"),
        ShingleScorer.tokens("Café au-lait costs 3.50! snake_case"));
    assertEquals(List.of("Москва", "東京"), ShingleScorer.tokens("Москва, 東京"));
    assertEquals(List.of(), ShingleScorer.tokens(" ... "));
  }

  @Test
  void identicalTextsScoreOne() {
    DocumentScore d = scorer.compare("one two three four five", "one two three four five");
    assertEquals(new DocumentScore(2, 0, 0, true), d);
    assertEquals(1.0, d.precision(), EPS);
    assertEquals(1.0, d.recall(), EPS);
  }

  @Test
  void punctuationAndSpacingDoNotMatter() {
    assertTrue(scorer.compare("One, two; three\n\nfour.", "One two three four").exactMatch());
    assertFalse(scorer.compare("One two three four", "one two three four").exactMatch());
  }

  @Test
  void disjointTextsScoreZero() {
    DocumentScore d = scorer.compare("a b c d e", "v w x y z");
    assertEquals(new DocumentScore(0, 2, 2, false), d);
    assertEquals(0.0, d.precision(), EPS);
    assertEquals(0.0, d.recall(), EPS);
  }

  @Test
  void partialOverlapCountsShingles() {
    // gold shingles: abcd bcde cdef; predicted: abcd bcde cdex dexy -> TP 2, FP 2, FN 1
    DocumentScore d = scorer.compare("a b c d e f", "a b c d e x y");
    assertEquals(new DocumentScore(2, 2, 1, false), d);
    assertEquals(0.5, d.precision(), EPS);
    assertEquals(2.0 / 3, d.recall(), EPS);
  }

  @Test
  void repeatedShinglesAreAMultiset() {
    // gold: "a b c d" twice -> abcd x2, bcda x1, cdab x1, dabc x1; predicted once: abcd
    DocumentScore d = scorer.compare("a b c d a b c d", "a b c d");
    assertEquals(new DocumentScore(1, 0, 4, false), d);
  }

  @Test
  void shortTextsAreOneShingle() {
    assertEquals(new DocumentScore(1, 0, 0, true), scorer.compare("hello world", "Hello, world".replace('H', 'h')));
    assertEquals(new DocumentScore(0, 1, 1, false), scorer.compare("hello world", "hello there world"));
    // a short prediction against a long gold is one unmatched shingle
    assertEquals(new DocumentScore(0, 1, 2, false), scorer.compare("a b c d e", "a b c"));
  }

  @Test
  void emptyPredictionHasNoPrecisionButZeroRecall() {
    DocumentScore d = scorer.compare("a b c d e", "");
    assertEquals(new DocumentScore(0, 0, 2, false), d);
    assertFalse(d.hasPrediction());
    assertEquals(0.0, d.recall(), EPS);
  }

  @Test
  void macroAveragesSkipUndefinedDocuments() {
    DocumentScore perfect = scorer.compare("a b c d e", "a b c d e");
    DocumentScore half = scorer.compare("a b c d e f", "a b c d e x y");
    DocumentScore empty = scorer.compare("a b c d e", "");

    ExtractionScore s = scorer.summarize(List.of(perfect, half, empty));

    double p = (1.0 + 0.5) / 2;
    double r = (1.0 + 2.0 / 3 + 0.0) / 3;
    assertEquals(p, s.precision(), EPS);
    assertEquals(r, s.recall(), EPS);
    assertEquals(2 * p * r / (p + r), s.f1(), EPS);
    assertEquals(1.0 / 3, s.accuracy(), EPS);
    assertEquals(3, s.documents());
  }
}
