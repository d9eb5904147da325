package org.dyad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.core.testing.ParsedText;
import org.dyad.model.CleanedArticle;
import org.dyad.model.Dateline;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;

/** The attributor's rules on hand-made parses of invented sentences. */
class ParseQuoteAttributorTest {
  /** Each quote as {@code [text] cue speaker direct|indirect}. */
  private static String run(String text, ParsedText p) {
    return run(text, p, null);
  }

  private static String run(String text, ParsedText p, Dateline dateline) {
    CleanedArticle article = new CleanedArticle("t", null, null, null, LocalDate.of(2030, 5, 8), dateline, text, "en", List.of());
    List<Quote> quotes = new ParseQuoteAttributor().attribute(article, p.build(), p.entities(), List.of());
    return quotes.stream().map(q -> "[" + q.text() + "] " + q.cue() + " " + (q.speaker() == null ? "-" : q.speaker().name())
        + " " + (q.direct() ? "direct" : "indirect")).collect(Collectors.joining(" | "));
  }

  @Test
  void aReportingVerbSetBesideTheClauseAttributesIt() {
    String t = "The bridge will close, the engineer added.";
    ParsedText p = ParsedText.of(t).verb("close", "close").verb("added", "add").tag("will", "MD")
        .dep("close", "nsubj", "bridge").dep("bridge", "det", "The").dep("close", "aux", "will")
        .dep("close", "parataxis", "added").dep("added", "nsubj", "engineer").dep("engineer", "det", "the");
    assertEquals("[The bridge will close] added the engineer indirect", run(t, p));
  }

  @Test
  void aSpeakerWithAPossessiveApposedToAnOrganisationIsNotTheOrganisation() {
    String t = "The court fined a trader for aiding the Zorvan Front, his lawyer said.";
    ParsedText p = ParsedText.of(t).verb("fined", "fine").verb("aiding", "aid").verb("said", "say").tag("his", "PRP$", "he")
        .dep("fined", "nsubj", "court").dep("court", "det", "The").dep("fined", "obj", "trader").dep("trader", "det", "a")
        .dep("fined", "advcl", "aiding").dep("aiding", "mark", "for").dep("aiding", "obj", "Front").dep("Front", "det", "the")
        .dep("Front", "compound", "Zorvan").dep("Front", "appos", "lawyer").dep("lawyer", "nmod:poss", "his")
        .dep("fined", "parataxis", "said").dep("said", "nsubj", "Front");
    int at = t.indexOf("Zorvan Front");
    List<org.dyad.model.EntityMention> entities = List.of(new org.dyad.model.EntityMention(at, at + 12, "Zorvan Front",
        "ORGANIZATION", "Zorvan Front", null, null, "RUR", "RURREB"));
    CleanedArticle article = new CleanedArticle("t", null, null, null, LocalDate.of(2030, 5, 8), null, t, "en", List.of());
    List<Quote> quotes = new ParseQuoteAttributor().attribute(article, p.build(), entities, List.of());
    assertEquals("his lawyer -", quotes.stream().map(q -> q.speaker().name() + " " + (q.speaker().actor() == null ? "-" : q.speaker().actor()))
        .collect(Collectors.joining(" | ")), "the parser's apposition is a misreading: the lawyer is the trader's");
  }

  @Test
  void aClauseBeforeTheCueHungAsAnAdverbialIsTheContent() {
    String t = "Ana Ruiz spoke first. Crops are failing, she noted.";
    ParsedText p = ParsedText.of(t).person("Ana Ruiz", "Ana Ruiz").verb("failing", "fail").verb("noted", "note")
        .dep("noted", "advcl", "failing").dep("failing", "nsubj", "Crops").dep("failing", "aux", "are").dep("noted", "nsubj", "she");
    assertEquals("[Crops are failing] noted Ana Ruiz indirect", run(t, p));
  }

  @Test
  void accordingToAndInSomeonesViewQualifyTheirClause() {
    String t = "Prices will rise, according to Mara Lind. In Lind's view, the deal is fair.";
    ParsedText p = ParsedText.of(t).person("Mara Lind", "Mara Lind").person("Lind's", "Mara Lind").verb("rise", "rise")
        .dep("rise", "nsubj", "Prices").dep("rise", "obl", "Lind").dep("Lind", "case", "according").dep("according", "fixed", "to")
        .dep("Lind", "compound", "Mara").dep("fair", "obl", "view").dep("view", "case", "In").dep("view", "nmod:poss", "Lind#2")
        .dep("Lind#2", "case", "'s").dep("fair", "nsubj", "deal").dep("deal", "det", "the").dep("fair", "cop", "is");
    assertEquals("[Prices will rise] according to Mara Lind indirect | [the deal is fair] in view Mara Lind indirect", run(t, p));
  }

  @Test
  void aPartialQuoteStaysInsideItsReportedClauseWhichItMakesDirectAtItsEnd() {
    String t = "Ruiz said the port would stay \u201Copen for everyone.\u201D";
    ParsedText p = ParsedText.of(t).person("Ruiz", "Ana Ruiz").verb("said", "say").verb("stay", "stay")
        .dep("said", "nsubj", "Ruiz").dep("said", "ccomp", "stay").dep("stay", "nsubj", "port").dep("port", "det", "the")
        .dep("stay", "aux", "would").dep("stay", "xcomp", "open").dep("open", "obl", "everyone").dep("everyone", "case", "for")
        .dep("open", "punct", "\u201C").dep("open", "punct", "\u201D");
    assertEquals("[the port would stay \u201Copen for everyone.\u201D] said Ana Ruiz direct", run(t, p));
  }

  @Test
  void aPronounSubjectResolvesToThePersonNamedBefore() {
    String t = "Ana Ruiz arrived on Monday. She told reporters that talks would resume.";
    ParsedText p = ParsedText.of(t).person("Ana Ruiz", "Ana Ruiz").verb("told", "tell").verb("resume", "resume")
        .dep("told", "nsubj", "She").dep("told", "obj", "reporters").dep("told", "ccomp", "resume")
        .dep("resume", "mark", "that").dep("resume", "nsubj", "talks").dep("resume", "aux", "would");
    assertEquals("[talks would resume] told Ana Ruiz indirect", run(t, p));
  }

  @Test
  void aQuoteRunOverTwoParagraphsIsOneQuote() {
    String t = "\u201CWe will stay.\n\n\u201CAnd we will build,\u201D Ruiz said.";
    ParsedText p = ParsedText.of(t).person("Ruiz", "Ana Ruiz").verb("stay", "stay").verb("build", "build").verb("said", "say")
        .dep("said", "nsubj", "Ruiz");
    assertEquals("[We will stay.\n\n\u201CAnd we will build,] said Ana Ruiz direct", run(t, p));
  }

  @Test
  void noSpeakerWhenUnsureAndNoStatementForAScareQuote() {
    String t = "\u201CNobody saw it coming at all.\u201D\n\nThe so-called \u201Cplan\u201D failed.";
    ParsedText p = ParsedText.of(t).verb("saw", "see").verb("failed", "fail").dep("failed", "nsubj", "plan");
    assertEquals("[Nobody saw it coming at all.] null - direct", run(t, p));
  }

  @Test
  void transcriptLinesBelongToTheNamedSpeaker() {
    String t = "LIND: We will not sign.\n\nRUIZ: Then we wait.";
    ParsedText p = ParsedText.of(t).person("LIND", "Mara Lind").verb("sign", "sign").verb("wait", "wait");
    assertEquals("[We will not sign.] : Mara Lind indirect | [Then we wait.] : RUIZ indirect", run(t, p));
  }

  @Test
  void anInfinitiveOfAVerbOfAskingIsTheContent() {
    String t = "Ruiz urged the council to delay the vote.";
    ParsedText p = ParsedText.of(t).person("Ruiz", "Ana Ruiz").verb("urged", "urge").verb("delay", "delay")
        .dep("urged", "nsubj", "Ruiz").dep("urged", "obj", "council").dep("council", "det", "the").dep("urged", "xcomp", "delay")
        .dep("delay", "mark", "to").dep("delay", "obj", "vote").dep("vote", "det", "the#2");
    assertEquals("[the council to delay the vote] urged Ana Ruiz indirect", run(t, p));
  }

  @Test
  void aDatelineTheParserTakesForTheSubjectIsNeitherSpeakerNorContent() {
    String t = "VELMORA (Wire) - Minister Ana Ruiz said the port would reopen.";
    ParsedText p = ParsedText.of(t).person("Ana Ruiz", "Ana Ruiz").verb("said", "say").verb("reopen", "reopen")
        .dep("said", "nsubj", "VELMORA").dep("said", "ccomp", "reopen").dep("reopen", "nsubj", "port")
        .dep("reopen", "aux", "would").dep("port", "det", "the").dep("said", "dep", "Wire");
    assertEquals("[the port would reopen] said Ana Ruiz indirect", run(t, p, new Dateline("Velmora", "VELMORA (Wire) -")));
  }

  @Test
  void aNounPhraseSpeakerLeavesOutItsPreposition() {
    String t = "Crowds grew, according to local witnesses.";
    ParsedText p = ParsedText.of(t).verb("grew", "grow").tag("witnesses", "NNS", "witness").dep("grew", "nsubj", "Crowds").dep("grew", "obl", "witnesses")
        .dep("witnesses", "case", "according").dep("according", "fixed", "to").dep("witnesses", "amod", "local");
    assertEquals("[Crowds grew] according to local witnesses indirect", run(t, p));
  }

  @Test
  void aCueHungFromTheLastConjunctTakesTheWholeClause() {
    String t = "The port closed and the ferries stopped, the engineer added.";
    ParsedText p = ParsedText.of(t).verb("closed", "close").verb("stopped", "stop").verb("added", "add")
        .dep("closed", "nsubj", "port").dep("port", "det", "The").dep("closed", "conj", "stopped").dep("stopped", "cc", "and")
        .dep("stopped", "nsubj", "ferries").dep("ferries", "det", "the").dep("stopped", "parataxis", "added")
        .dep("added", "nsubj", "engineer").dep("engineer", "det", "the#2");
    assertEquals("[The port closed and the ferries stopped] added the engineer indirect", run(t, p));
  }

  @Test
  void theWritersOwnVoiceAndADatelineBeforeAColonAreNobodysStatements() {
    String t = "KALMAR: Ferries were late again. I found that the port had closed.";
    ParsedText p = ParsedText.of(t).tag("KALMAR", "NNP").ner("KALMAR", "LOCATION").verb("found", "find").verb("closed", "close").tag("I", "PRP").dep("found", "nsubj", "I")
        .dep("found", "ccomp", "closed").dep("closed", "nsubj", "port").dep("closed", "aux", "had").dep("port", "det", "the");
    assertEquals("", run(t, p));
  }

  @Test
  void theUsInCapitalsIsACountryNotTheWriters() {
    String t = "The US said that the port had closed.";
    ParsedText p = ParsedText.of(t).tag("US", "NNP").ner("US", "LOCATION").verb("said", "say").verb("closed", "close")
        .dep("said", "nsubj", "US").dep("US", "det", "The").dep("said", "ccomp", "closed").dep("closed", "nsubj", "port")
        .dep("closed", "aux", "had").dep("port", "det", "the").dep("closed", "mark", "that");
    assertEquals("[the port had closed] said US indirect", run(t, p));
  }

  @Test
  void aClauseTheParserSplitsAtItsQuotationIsStillTheReportedClause() {
    String t = "Ruiz said the harbour was \u201Cthe busiest in years.\u201D";
    ParsedText p = ParsedText.of(t).person("Ruiz", "Ana Ruiz").verb("said", "say")
        .dep("said", "nsubj", "Ruiz").dep("said", "obj", "harbour").dep("harbour", "det", "the").dep("said", "dep", "busiest")
        .dep("busiest", "cop", "was").dep("busiest", "punct", "\u201C").dep("busiest", "det", "the#2")
        .dep("busiest", "obl", "years").dep("years", "case", "in").dep("said", "punct", ".").dep("said", "punct", "\u201D");
    assertEquals("[the harbour was \u201Cthe busiest in years.\u201D] said Ana Ruiz direct", run(t, p));
  }

  @Test
  void anObjectBesideADependentWithoutItsOwnVerbIsNoClause() {
    String t = "Ruiz told the crew \u201Cabout the storm.\u201D";
    ParsedText p = ParsedText.of(t).person("Ruiz", "Ana Ruiz").verb("told", "tell").dep("told", "obj", "crew")
        .dep("told", "nsubj", "Ruiz").dep("told", "dep", "storm").dep("storm", "case", "about").dep("storm", "punct", "\u201C").dep("crew", "det", "the");
    assertFalse(run(t, p).contains("[the crew"), run(t, p));
  }

  @Test
  void itAndTheyWithNoOrganisationNamedGoBackToAGroupOrPluralSubject() {
    String t = "The union defended the strike. It said the talks had failed. Pilots met on Monday. They said pay was too low.";
    ParsedText p = ParsedText.of(t).verb("defended", "defend").verb("said", "say").verb("failed", "fail").verb("met", "meet")
        .verb("said#2", "say").tag("It", "PRP", "it").tag("Pilots", "NNS", "pilot").dep("talks", "det", "the#2").dep("defended", "nsubj", "union").dep("union", "det", "The").dep("defended", "obj", "strike")
        .dep("said", "nsubj", "It").dep("said", "ccomp", "failed").dep("failed", "nsubj", "talks").dep("failed", "aux", "had")
        .dep("met", "nsubj", "Pilots").dep("said#2", "nsubj", "They").dep("said#2", "ccomp", "low").dep("low", "nsubj", "pay")
        .dep("low", "cop", "was").dep("low", "advmod", "too");
    assertEquals("[the talks had failed] said The union indirect | [pay was too low] said Pilots indirect", run(t, p));
  }

  @Test
  void anIndefiniteGroupIsNoAntecedentForIt() {
    String t = "A union was formed in May. It said the talks had failed.";
    ParsedText p = ParsedText.of(t).verb("formed", "form").verb("said", "say").verb("failed", "fail").tag("It", "PRP", "it")
        .dep("talks", "det", "the")
        .dep("formed", "nsubj:pass", "union").dep("union", "det", "A").dep("formed", "aux:pass", "was").dep("said", "nsubj", "It")
        .dep("said", "ccomp", "failed").dep("failed", "nsubj", "talks").dep("failed", "aux", "had");
    assertEquals("[the talks had failed] said - indirect", run(t, p));
  }

  @Test
  void aCourtRulingSpeaksAsAText() {
    String t = "\u201CA town cannot close its only library without a hearing first,\u201D the ruling said.";
    ParsedText p = ParsedText.of(t).verb("close", "close").verb("said", "say").tag("ruling", "NN", "ruling")
        .dep("said", "ccomp", "close").dep("close", "nsubj", "town").dep("said", "nsubj", "ruling").dep("ruling", "det", "the");
    assertEquals("[A town cannot close its only library without a hearing first,] said the ruling direct", run(t, p));
  }

  @Test
  void aQuotationAfterASentenceAboutAPersonInAppositionIsThatPersons() {
    String t = "Her old partner, Dana Pike, called her a genius with budgets. \u201CShe found money where nobody else could find it.\u201D";
    ParsedText p = ParsedText.of(t).person("Dana Pike", "Dana Pike").verb("called", "call").verb("found", "find")
        .dep("called", "nsubj", "partner").dep("partner", "nmod:poss", "Her").dep("partner", "amod", "old")
        .dep("partner", "appos", "Pike").dep("Pike", "compound", "Dana").dep("called", "obj", "her")
        .dep("called", "xcomp", "genius").dep("found", "nsubj", "She").dep("found", "obj", "money");
    assertEquals("[her a genius] called Dana Pike indirect | [She found money where nobody else could find it.] called Dana Pike direct",
        run(t, p));
  }

  @Test
  void aPassiveClauseSharesItsSubjectWithTheReportingVerbItGoverns() {
    String t = "Ana Ruiz was heard telling the guards that the gate was locked.";
    ParsedText p = ParsedText.of(t).person("Ana Ruiz", "Ana Ruiz").verb("heard", "hear").verb("telling", "tell").verb("locked", "lock")
        .dep("heard", "nsubj:pass", "Ruiz").dep("Ruiz", "compound", "Ana").dep("heard", "aux:pass", "was").dep("heard", "xcomp", "telling")
        .dep("telling", "obj", "guards").dep("guards", "det", "the").dep("telling", "ccomp", "locked").dep("locked", "mark", "that")
        .dep("locked", "nsubj:pass", "gate").dep("gate", "det", "the#2").dep("locked", "aux:pass", "was#2");
    assertEquals("[the gate was locked] telling Ana Ruiz indirect", run(t, p));
  }

  @Test
  void whatATextShowsIsItsStatementWhatAPersonShowsIsNot() {
    String t = "A new poll shows Ruiz leading the race by five points. Ruiz showed restraint during the debate.";
    ParsedText p = ParsedText.of(t).person("Ruiz", "Ana Ruiz").verb("shows", "show").verb("leading", "lead").verb("showed", "show")
        .dep("shows", "nsubj", "poll").dep("poll", "det", "A").dep("poll", "amod", "new").dep("shows", "obj", "Ruiz")
        .dep("shows", "xcomp", "leading").dep("leading", "obj", "race").dep("race", "det", "the").dep("leading", "obl", "points")
        .dep("points", "case", "by").dep("points", "nummod", "five").dep("showed", "nsubj", "Ruiz#2").dep("showed", "obj", "restraint")
        .dep("showed", "obl", "debate").dep("debate", "case", "during").dep("debate", "det", "the#2");
    assertEquals("[Ruiz leading the race by five points] shows A new poll indirect", run(t, p));
  }

  @Test
  void whatSomeoneNotesIsTheirStatement() {
    String t = "Ana Ruiz noted the long delay on Monday.";
    ParsedText p = ParsedText.of(t).person("Ana Ruiz", "Ana Ruiz").verb("noted", "note").dep("noted", "nsubj", "Ruiz")
        .dep("Ruiz", "compound", "Ana").dep("noted", "obj", "delay").dep("delay", "det", "the").dep("delay", "amod", "long")
        .dep("noted", "obl:tmod", "Monday").dep("Monday", "case", "on");
    assertEquals("[the long delay] noted Ana Ruiz indirect", run(t, p));
  }

  @Test
  void quotedSentencesDoNotPushTheLastSpeakerOutOfAPronounsWindow() {
    String t = "Ana Ruiz was heard telling the guards that the gate was locked. \u201COpen it,\u201D she says. \u201COpen it. It is late."
        + " We are cold. The children are tired. Open it now.\u201D She then asks the guards to call a doctor.";
    ParsedText p = ParsedText.of(t).person("Ana Ruiz", "Ana Ruiz").verb("heard", "hear").verb("telling", "tell").verb("locked", "lock")
        .verb("says", "say").verb("asks", "ask").verb("call", "call")
        .dep("heard", "nsubj:pass", "Ruiz").dep("Ruiz", "compound", "Ana").dep("heard", "aux:pass", "was").dep("heard", "xcomp", "telling")
        .dep("telling", "obj", "guards").dep("telling", "ccomp", "locked").dep("locked", "mark", "that")
        .dep("locked", "nsubj:pass", "gate").dep("locked", "aux:pass", "was#2").dep("says", "nsubj", "she")
        .dep("asks", "nsubj", "She").dep("asks", "advmod", "then").dep("asks", "obj", "guards#2").dep("asks", "xcomp", "call")
        .dep("call", "mark", "to").dep("call", "obj", "doctor").dep("doctor", "det", "a");
    String out = run(t, p);
    assertTrue(out.endsWith("[guards to call a doctor] asks Ana Ruiz indirect"), out);
  }

  @Test
  void aVerbWhoseSubjectIsQuotedWordsIsNoCue() {
    String t = "\u201CThey keep raising the old plan, which is absurd,\u201D Ruiz said, going on to say that the council has wasted"
        + " \u201Ctwo decades arguing over one bridge and its tolls.\u201D";
    ParsedText p = ParsedText.of(t).person("Ruiz", "Ana Ruiz").verb("raising", "raise").verb("said", "say").tag("going", "VBG", "go")
        .tag("say", "VB", "say").verb("wasted", "waste").tag("arguing", "VBG", "argue")
        .dep("raising", "nsubj", "They").dep("raising", "obj", "plan").dep("said", "nsubj", "Ruiz").dep("raising", "advcl", "going")
        .dep("going", "xcomp", "say").dep("say", "mark", "to");
    String out = run(t, p);
    assertFalse(out.contains("one bridge and its tolls.] say -"), out);
    assertTrue(out.contains("one bridge and its tolls.] said Ana Ruiz direct"), out);
  }

  @Test
  void aVerbOfARelativeClauseThatDoesNotGovernTheQuotationIsNoCue() {
    String t = "Ana Ruiz brushed off the criticism, saying any member who objects to the schedule \u201Chas not read the budget at all.\u201D";
    ParsedText p = ParsedText.of(t).person("Ana Ruiz", "Ana Ruiz").verb("brushed", "brush").tag("saying", "VBG", "say")
        .tag("objects", "VBZ", "object").tag("read", "VBN", "read").dep("brushed", "nsubj", "Ruiz").dep("Ruiz", "compound", "Ana")
        .dep("brushed", "compound:prt", "off").dep("brushed", "obj", "criticism").dep("brushed", "advcl", "saying")
        .dep("saying", "obj", "member").dep("member", "det", "any").dep("member", "acl:relcl", "objects")
        .dep("objects", "nsubj", "who").dep("objects", "obl", "schedule").dep("schedule", "case", "to")
        .dep("brushed", "parataxis", "read").dep("read", "aux", "has").dep("read", "advmod", "not").dep("read", "obj", "budget");
    assertEquals("[has not read the budget at all.] saying Ana Ruiz direct", run(t, p));
  }

  @Test
  void aNegatedVerbWithoutAReportedClauseStatesNothing() {
    String t = "Ruiz did not mention the price. Lind did not say the pier would open.";
    ParsedText p = ParsedText.of(t).person("Ruiz", "Ana Ruiz").person("Lind", "Eva Lind").verb("mention", "mention")
        .verb("say", "say").verb("open", "open").dep("mention", "nsubj", "Ruiz").dep("mention", "aux", "did")
        .dep("mention", "advmod", "not").dep("mention", "obj", "price").dep("price", "det", "the")
        .dep("say", "nsubj", "Lind").dep("say", "aux", "did#2").dep("say", "advmod", "not#2").dep("say", "ccomp", "open")
        .dep("open", "nsubj", "pier").dep("pier", "det", "the#2").dep("open", "aux", "would");
    assertEquals("[the pier would open] say Eva Lind indirect", run(t, p), "PolNeAR takes a denied saying with its clause as an attribution");
  }

  @Test
  void questionsAreTheInterviewersAndAnswersThePersonInterviewed() {
    String t = "Ana Ruiz runs the ferries. Eva Lind met Captain Ruiz on the pier.\n\nQ: Will the ferries run in winter?\n\n"
        + "A: Only on weekdays.\n\nNote: The talk was shortened.";
    ParsedText p = ParsedText.of(t).person("Ana Ruiz", "Ana Ruiz").person("Eva Lind", "Eva Lind").person("Captain Ruiz", "Ana Ruiz")
        .verb("runs", "run").verb("met", "meet").verb("run", "run").verb("shortened", "shorten")
        .dep("runs", "nsubj", "Ruiz").dep("met", "nsubj", "Lind").dep("met", "obj", "Ruiz#2");
    assertEquals("[Will the ferries run in winter?] : the interviewer indirect | [Only on weekdays.] : Ana Ruiz indirect", run(t, p));
  }

  @Test
  void aNameBeforeAColonSpeaksInCapitalsOrAsAPersonNotAsATitleNorAsAnAnswerWithoutQuestionsAndSaysAllItsLine() {
    String t = "Lind: We will not sign.\n\nHarbour Wars: The Reckoning is a game about ferries.\n\nPoll: Ruiz leads by five points."
        + "\n\nA: Only on weekdays.\n\nRUIZ: Words fail to say how proud we are.";
    ParsedText p = ParsedText.of(t).ner("Lind", "PERSON").verb("sign", "sign").verb("is", "be").verb("leads", "lead")
        .verb("fail", "fail").verb("say", "say").verb("are", "be").dep("fail", "nsubj", "Words").dep("fail", "xcomp", "say")
        .dep("say", "mark", "to").dep("say", "ccomp", "proud").dep("proud", "advmod", "how").dep("proud", "nsubj", "we")
        .dep("proud", "cop", "are");
    assertEquals("[We will not sign.] : Lind indirect | [Ruiz leads by five points.] : Poll indirect"
        + " | [Words fail to say how proud we are.] : RUIZ indirect", run(t, p), "a statement inside a line is the line's speaker's");
  }
}
