package org.dyad.core.entities;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.List;
import java.util.Random;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.NerMention;
import org.dyad.model.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Random token soup with random mentions and arcs: no exception, and the invariants hold. */
class RandomInputTest {
  private static final String[] WORDS = {"Kremlin", "spokesman", "Dmitry", "Peskov", "'s", ",", ".", "(", ")",
      "MoI", "Ministry", "of", "Interior", "the", "Afghan", "forces", "former", "President", "Taliban", "US", "us",
      "Daesh", "-", "ur", "Rahman", "Moscow", "in", "Foreign", "Ministry", "envoy", "for", "Afghanistan", "chairman",
      "party", "and", "he", "KABUL", "\u00A0", "Secretary", "State", "\u201C", "x", "7", "Россия", "said", ";"};

  @Test
  void randomTokenSoupNeverThrows() {
    Random random = new Random(20240825L);
    DictionaryEntityResolver resolver = new DictionaryEntityResolver();
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      Annotation a = randomize(FakeAnnotation.of(text).build(), random);
      List<EntityMention> out = assertDoesNotThrow(() -> resolver.resolve(FakeAnnotation.article(text), a), text);
      EntityInvariants.check(text, out);
    }
  }

  /** Adds random NER mentions (some of impossible token ranges) and random arcs. */
  private static Annotation randomize(Annotation a, Random random) {
    int n = a.tokens().size();
    if (n == 0) {
      return a;
    }
    String[] types = {"PERSON", "ORGANIZATION", "LOCATION", "MISC", "DATE"};
    List<NerMention> mentions = new java.util.ArrayList<>();
    for (int k = random.nextInt(5); k > 0; k--) {
      int f = random.nextInt(n);
      int e = Math.min(n, f + 1 + random.nextInt(3)) + (random.nextInt(10) == 0 ? 2 : 0);
      int end = a.tokens().get(Math.min(e, n) - 1).end();
      mentions.add(new NerMention(a.tokens().get(f).start(), end, f, e, types[random.nextInt(types.length)], "m"));
    }
    String[] rels = {"appos", "dep", "compound", "nmod:poss", "nmod", "amod"};
    List<Sentence> sentences = new java.util.ArrayList<>();
    for (Sentence s : a.sentences()) {
      List<Dependency> deps = new java.util.ArrayList<>();
      for (int k = random.nextInt(6); k > 0; k--) {
        int g = s.firstToken() + random.nextInt(s.endToken() - s.firstToken()) - (random.nextInt(8) == 0 ? 99 : 0);
        int d = s.firstToken() + random.nextInt(s.endToken() - s.firstToken());
        deps.add(new Dependency(Math.max(-1, g), d, rels[random.nextInt(rels.length)]));
      }
      sentences.add(new Sentence(s.index(), s.start(), s.end(), s.firstToken(), s.endToken(), deps));
    }
    return new Annotation(a.tokens(), sentences, mentions, List.of());
  }
}
