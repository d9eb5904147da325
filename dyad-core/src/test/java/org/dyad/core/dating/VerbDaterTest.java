package org.dyad.core.dating;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;
import org.junit.jupiter.api.Test;

/** Hand-made parses (one sentence each, tokens split at spaces); the article is of Friday 2021-08-27. */
class VerbDaterTest {
  private static final LocalDate FRIDAY = LocalDate.of(2021, 8, 27);

  /** An annotation of the words with the arcs "governor>dependent:relation" (token indexes). */
  private static Annotation parse(String text, String... arcs) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      tokens.add(new Token(tokens.size(), 0, at, at + w.length(), w, w, "NN", "O"));
      at += w.length() + 1;
    }
    List<Dependency> deps = new ArrayList<>();
    for (String arc : arcs) {
      String[] p = arc.split("[>:]", 3);
      deps.add(new Dependency(Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2]));
    }
    return new Annotation(tokens, List.of(new Sentence(0, 0, text.length(), 0, tokens.size(), deps)), List.of(), List.of());
  }

  /** The annotation with the tokens at these indexes tagged as a gerund (VBG), the rest unchanged. */
  private static Annotation gerunds(Annotation a, int... indexes) {
    return tagged(a, "VBG", indexes);
  }

  /** The annotation with the tokens at these indexes tagged with the part of speech, the rest unchanged. */
  private static Annotation tagged(Annotation a, String pos, int... indexes) {
    List<Token> tokens = new ArrayList<>(a.tokens());
    for (int i : indexes) {
      Token t = tokens.get(i);
      tokens.set(i, new Token(t.index(), t.sentence(), t.start(), t.end(), t.word(), t.lemma(), pos, t.ner()));
    }
    return new Annotation(tokens, a.sentences(), a.mentions(), a.timexes());
  }

  private static DateMention date(String text, String phrase, String type, String value) {
    int start = text.indexOf(phrase);
    return new DateMention(start, start + phrase.length(), phrase, type, value);
  }

  private static String dated(String text, Annotation a, int verb, DateMention... dates) {
    CleanedArticle article = new CleanedArticle("t", null, null, null, FRIDAY, null, text, "en", List.of());
    VerbDater.Dated d = VerbDater.date(article, a, verb, List.of(dates));
    return d.value() + " " + d.source();
  }

  @Test
  void aDateBeforeTheSubjectAttachedToTheVerbDatesTheStatement() {
    String text = "On August 16 , the minister said talks would resume";
    Annotation a = parse(text, "6>2:obl", "2>0:case", "2>1:compound", "6>5:nsubj", "6>9:ccomp");
    assertEquals("2021-08-16 text", dated(text, a, 6, date(text, "August 16", "DATE", "2021-08-16")));
  }

  @Test
  void aDayAfterTheObjectOfTheVerbDatesTheStatement() {
    String text = "the envoy told reporters on Wednesday that the border was open";
    Annotation a = parse(text, "2>1:nsubj", "2>3:obj", "2>5:obl", "5>4:case", "2>10:ccomp");
    assertEquals("2021-08-25 text", dated(text, a, 2, date(text, "Wednesday", "DATE", "2021-08-25")));
  }

  @Test
  void aStatementWithoutADateTakesTheArticleDate() {
    String text = "the envoy said the border was open";
    Annotation a = parse(text, "2>1:nsubj", "2>6:ccomp");
    assertEquals("2021-08-27 article", dated(text, a, 2));
  }

  @Test
  void aDateInTheReportedClauseIsNotTheStatementsDate() {
    String text = "the envoy said the convoy arrived on Monday";
    Annotation a = parse(text, "2>1:nsubj", "2>5:ccomp", "5>7:obl", "7>6:case");
    assertEquals("2021-08-27 article", dated(text, a, 2, date(text, "Monday", "DATE", "2021-08-23")));
  }

  @Test
  void vagueReferencesAndDurationsDoNotDate() {
    String text = "the envoy now says talks lasted for two weeks";
    Annotation a = parse(text, "3>1:nsubj", "3>2:advmod", "3>5:ccomp", "3>8:obl");
    assertEquals("2021-08-27 article", dated(text, a, 3,
        date(text, "now", "DATE", "PRESENT_REF"), date(text, "two weeks", "DURATION", "P2W")));
  }

  @Test
  void withoutAnArticleDateAnUndatedStatementHasNoDate() {
    String text = "the envoy said so";
    CleanedArticle undated = new CleanedArticle("t", null, null, null, null, null, text, "en", List.of());
    assertEquals(VerbDater.Dated.NONE, VerbDater.date(undated, parse(text, "2>1:nsubj"), 2, List.of()));
  }

  @Test
  void aDateInsideTheClauseOfAnAccusationIsTheAccusedActsDate() {
    String text = "the envoy accused the militia of shelling the port last week";
    Annotation a = gerunds(parse(text, "2>1:nsubj", "2>4:obj", "2>6:obl", "6>5:case", "6>8:obj", "6>10:obl:tmod",
        "10>9:amod"), 6);
    assertEquals("2021-08-27 article", dated(text, a, 2, date(text, "last week", "DATE", "2021-W33")));
  }

  @Test
  void theAccusationKeepsItsOwnDateBesideTheClause() {
    String text = "the envoy on Monday accused the militia of shelling the port last week";
    Annotation a = gerunds(parse(text, "4>1:nsubj", "4>3:obl", "3>2:case", "4>6:obj", "4>8:obl", "8>7:case", "8>10:obj",
        "8>12:obl:tmod", "12>11:amod"), 8);
    assertEquals("2021-08-23 text", dated(text, a, 4, date(text, "Monday", "DATE", "2021-08-23"),
        date(text, "last week", "DATE", "2021-W33")));
  }

  @Test
  void aClauseOnATemporalPhraseDoesNotDateTheVerb() {
    String text = "the envoy spoke at the meeting that ended last week";
    Annotation a = parse(text, "2>1:nsubj", "2>5:obl", "5>3:case", "5>4:det", "5>7:acl:relcl", "7>6:nsubj", "7>9:obl:tmod",
        "9>8:amod");
    assertEquals("2021-08-27 article", dated(text, a, 2, date(text, "last week", "DATE", "2021-W33")));
  }

  @Test
  void aTimeOfDayDatesTheDayAndStaysInTheDateMention() {
    String text = "troops were deployed overnight";
    Annotation a = tagged(parse(text, "2>0:nsubj:pass", "2>1:aux:pass", "2>3:advmod"), "VBN", 2);
    assertEquals("2021-08-26 text", dated(text, a, 2, date(text, "overnight", "TIME", "2021-08-26TNI")));
  }

  @Test
  void anActSetInANamedWarTakesTheWarsTime() {
    String text = "the army captured the heights in the Six-Day War";
    Annotation a = tagged(parse(text, "2>1:nsubj", "2>4:obj", "2>8:obl", "8>5:case", "8>6:det", "8>7:compound"), "VBD", 2);
    assertEquals("1967-06 event", dated(text, a, 2));
  }

  @Test
  void aNamedInvasionIsDatedByWhenItHappened() {
    String text = "Iraq 's invasion of Kuwait led to a war";
    Annotation a = parse(text, "5>2:nsubj", "2>0:nmod:poss", "0>1:case", "2>4:nmod", "4>3:case");
    assertEquals("1990-08-02 event", dated(text, a, 2));
  }

  @Test
  void aPastPerfectActOfItsOwnIsBackgroundButNotInReportedSpeech() {
    String text = "the rebels had seized the town";
    Annotation a = tagged(parse(text, "-1>3:root", "3>1:nsubj", "3>2:aux", "3>5:obj"), "VBN", 3);
    assertEquals("PAST_REF background", dated(text, a, 3));
    String reported = "police said the man had fled";
    Annotation r = tagged(parse(reported, "-1>1:root", "1>0:nsubj", "1>5:ccomp", "5>3:nsubj", "5>4:aux"), "VBN", 5);
    assertEquals("2021-08-27 article", dated(reported, r, 5));
  }
}
