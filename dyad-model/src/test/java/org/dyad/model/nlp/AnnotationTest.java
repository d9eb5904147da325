package org.dyad.model.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index of a sentence's arcs behind {@link Annotation#children} and {@link Annotation#head}. */
class AnnotationTest {
  /** "Envoys met rebels. Talks ended." as tokens 0-3 and 4-6; arcs given out of token order. */
  private static final String TEXT = "Envoys met rebels. Talks ended.";
  private static final List<Dependency> FIRST = List.of(
      new Dependency(1, 3, "punct"), new Dependency(1, 2, "obj"), new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"));
  private static final List<Dependency> SECOND = List.of(
      new Dependency(-1, 5, "root"), new Dependency(5, 6, "punct"), new Dependency(5, 4, "nsubj"));

  private static Annotation annotation(List<Dependency> first, List<Dependency> second) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : List.of("Envoys", "met", "rebels", ".", "Talks", "ended", ".")) {
      int start = TEXT.indexOf(w, at);
      tokens.add(new Token(tokens.size(), tokens.size() < 4 ? 0 : 1, start, start + w.length(), w, w.toLowerCase(), "X", "O"));
      at = start + w.length();
    }
    return new Annotation(tokens, List.of(new Sentence(0, 0, 18, 0, 4, first), new Sentence(1, 19, 31, 4, 7, second)),
        List.of(), List.of());
  }

  /** A token's arcs as "governor>dependent:relation", in the order given. */
  private static String compact(List<Dependency> arcs) {
    return String.join(" ", arcs.stream().map(d -> d.governor() + ">" + d.dependent() + ":" + d.relation()).toList());
  }

  @Test
  void childrenComeInTokenOrderInEachSentence() {
    Annotation a = annotation(FIRST, SECOND);
    assertEquals("1>0:nsubj 1>2:obj 1>3:punct", compact(a.children(1)));
    assertEquals("5>4:nsubj 5>6:punct", compact(a.children(5)), "the second sentence's arcs are its own");
    assertEquals("", compact(a.children(0)));
    assertEquals("", compact(a.children(4)));
  }

  @Test
  void headsAreTheGoverningArcAndARootsIsTheRootArc() {
    Annotation a = annotation(FIRST, SECOND);
    assertEquals("1>2:obj", compact(List.of(a.head(2))));
    assertEquals("5>6:punct", compact(List.of(a.head(6))));
    assertEquals("-1>1:root", compact(List.of(a.head(1))), "a root's head is its root arc, governor -1");
    assertEquals("-1>5:root", compact(List.of(a.head(5))));
  }

  @Test
  void anUnparsedSentenceHasNoChildrenAndNoHeads() {
    Annotation a = annotation(List.of(), SECOND);
    for (int t = 0; t < 4; t++) {
      assertEquals(List.of(), a.children(t), "token " + t);
      assertNull(a.head(t), "token " + t);
    }
    assertEquals("5>4:nsubj 5>6:punct", compact(a.children(5)), "the parsed sentence next to it still answers");
  }

  @Test
  void theIndexAnswersAsAScanOfTheArcsWouldWithRepeatedArcs() {
    List<Dependency> odd = List.of(new Dependency(1, 2, "obj"), new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "dep"),
        new Dependency(1, 2, "xcomp"), new Dependency(-1, 1, "root"), new Dependency(-1, 3, "root"));
    Annotation a = annotation(odd, SECOND);
    for (int t = 0; t < 4; t++) {
      int token = t;
      List<Dependency> children = new ArrayList<>(odd.stream().filter(d -> d.governor() == token).toList());
      children.sort(Comparator.comparingInt(Dependency::dependent));
      assertEquals(children, a.children(t), "children of " + t);
      assertEquals(odd.stream().filter(d -> d.dependent() == token).findFirst().orElse(null), a.head(t), "head of " + t);
    }
    assertEquals("1>2:obj", compact(List.of(a.head(2))), "of two arcs to one dependent, the first");
  }

  @Test
  void theIndexedArcsAreAnImmutableListEqualToAnyListOfTheSameArcs() {
    Sentence indexed = new Sentence(0, 0, 18, 0, 4, FIRST);
    List<Dependency> arcs = indexed.dependencies();
    assertEquals(FIRST, arcs);
    assertEquals(arcs, FIRST);
    assertEquals(FIRST.hashCode(), arcs.hashCode());
    assertEquals(new Sentence(0, 0, 18, 0, 4, new ArrayList<>(FIRST)), indexed);
    assertEquals(annotation(FIRST, SECOND), annotation(new ArrayList<>(FIRST), SECOND));
    assertEquals(annotation(FIRST, SECOND).hashCode(), annotation(new ArrayList<>(FIRST), SECOND).hashCode());
    assertThrows(UnsupportedOperationException.class, () -> arcs.add(new Dependency(0, 1, "dep")));
    assertThrows(UnsupportedOperationException.class, () -> arcs.set(0, new Dependency(0, 1, "dep")));
    assertThrows(UnsupportedOperationException.class, () -> annotation(FIRST, SECOND).children(1).remove(0));
    assertThrows(NullPointerException.class, () -> new Sentence(0, 0, 18, 0, 4, Arrays.asList(FIRST.get(0), null)));
  }

  @Test
  void aCopyOfTheSentenceSharesItsIndexInsteadOfBuildingAnother() {
    Sentence s = new Sentence(0, 0, 18, 0, 4, FIRST);
    Sentence copy = new Sentence(s.index(), s.start(), s.end(), s.firstToken(), s.endToken(), s.dependencies());
    assertSame(s.dependencies(), copy.dependencies());
  }

  @Test
  void sentenceAtFindsTheSentenceHoldingAnOffsetAndNoneInTheGapOrPastTheEnd() {
    Annotation a = annotation(FIRST, SECOND);
    List<String> found = new ArrayList<>();
    for (int offset : new int[] {0, 17, 18, 19, 30, 31, -1}) {
      Sentence s = a.sentenceAt(offset);
      found.add(offset + ":" + (s == null ? "-" : String.valueOf(s.index())));
    }
    assertEquals("0:0 17:0 18:- 19:1 30:1 31:- -1:-", String.join(" ", found));
    assertNull(Annotation.EMPTY.sentenceAt(0));
  }
}
