package org.dyad.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.nlp.Parses;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Sentence;
import org.dyad.model.nlp.Token;

/**
 * Indirect statements from the dependency parse: the {@code ccomp} clause of a reporting verb ("X told
 * reporters on Wednesday that ..."), the clause a reporting verb is set beside ("..., X added"), the
 * to-infinitive of a verb of asking or promising ("urged voters to ..."), and the clause qualified by
 * "according to X" or "in X's view". A negated verb with no reported clause states nothing: "did not
 * disclose the price", "you could not ask for more", "words cannot describe it" report that nothing was
 * said; a negated verb of saying with its clause stays ("did not say whether the talks would resume"), as
 * PolNeAR's annotators take it for an attribution.
 */
final class StatementFinder {
  /** Verbs by which a text states what it holds as a noun phrase ("the poll shows X leading"). */
  private static final Set<String> FINDING = Set.of("show", "find", "reveal");
  private static final int MIN_TOKENS = 2;
  private static final Set<String> PREPOSED = Set.of("advcl", "parataxis", "dep", "ccomp");

  private StatementFinder() {}

  /** The statements of one sentence; cue tokens inside quotation marks are left out. */
  static List<Statement> find(Annotation a, Sentence s, List<QuoteMarks.Span> marks) {
    List<Statement> out = new ArrayList<>();
    for (Token t : a.tokensOf(s)) {
      if (inside(marks, t)) {
        continue;
      }
      boolean negated = Parses.isVerb(t) && Parses.isNegated(a, t.index());
      Statement st = null;
      if (Parses.isVerb(t) && CueVerbs.contains(t.lemma())) {
        st = reported(a, t.index());
      }
      if (st == null && negated) {
        continue;
      }
      if (st == null && Parses.isVerb(t) && CueVerbs.takesInfinitive(t.lemma())) {
        st = infinitive(a, t.index());
      }
      if (st == null && Parses.isVerb(t) && CueVerbs.names(t.lemma())) {
        st = naming(a, t.index());
      }
      if (st == null && Parses.isVerb(t) && CueVerbs.takesObject(t.lemma())) {
        st = object(a, t.index());
      }
      if (st == null && Parses.isVerb(t) && FINDING.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
        st = finding(a, t.index());
      }
      if (st == null && t.word().equalsIgnoreCase("according") && Parses.relation(a, t.index()).equals("case")) {
        st = qualified(a, s, t.index(), Parses.head(a, t.index()), "according to");
      }
      if (st == null && CueVerbs.isViewNoun(t.lemma()) && hasCase(a, t.index(), "in")) {
        int who = Parses.child(a, t.index(), "nmod:poss");
        st = who < 0 ? null : qualifiedBy(a, s, t.index(), who, "in " + t.lemma());
      }
      if (st != null && st.to() - st.from() >= MIN_TOKENS) {
        out.add(st);
      }
    }
    return out;
  }

  private static Statement reported(Annotation a, int verb) {
    int subject = Subjects.of(a, verb);
    if (subject < 0 && !Subjects.passive(a, verb)) {
      return null;
    }
    int clause = Parses.child(a, verb, "ccomp");
    if (clause >= 0) {
      int[] span = Parses.subtree(a, clause);
      return trimmed(a, span[0], span[1], verb, a.tokens().get(verb).word(), subject);
    }
    int[] split = splitClause(a, verb);
    if (split != null) {
      return trimmed(a, split[0], split[1], verb, a.tokens().get(verb).word(), subject);
    }
    if (Parses.relation(a, verb).equals("parataxis") && subject >= 0) {
      return beside(a, verb, subject);
    }
    return subject >= 0 ? preposed(a, verb, subject) : null;
  }

  /**
   * "said the storm was “the worst in years.”": a quotation mark inside the reported clause can lead the
   * parser to split it into an object of the verb (its subject) and a dependent predicate with its own
   * copula or auxiliary; the two side by side are the clause. Null when the verb has no such pair.
   */
  private static int[] splitClause(Annotation a, int verb) {
    int obj = Parses.child(a, verb, "obj");
    int pred = Parses.child(a, verb, "dep");
    if (obj <= verb || pred <= obj || Parses.child(a, pred, "cop", "aux", "aux:pass") < 0) {
      return null;
    }
    int[] subject = Parses.subtree(a, obj);
    int[] predicate = Parses.subtree(a, pred);
    return subject[1] == predicate[0] ? new int[] {subject[0], predicate[1]} : null;
  }

  /**
   * "Crops are failing, he noted": a clause before the cue and its subject, set off by a comma, that the
   * parser hangs from the cue as an adverbial, a dependent or a parataxis; a clause with a
   * subordinator ("if", "when") is not a statement.
   */
  private static Statement preposed(Annotation a, int verb, int subject) {
    for (var d : a.children(verb)) {
      int c = d.dependent();
      if (c >= subject || !PREPOSED.contains(d.relation()) || !isClause(a, c)) {
        continue;
      }
      int[] span = Parses.subtree(a, c);
      if (span[1] < a.tokens().size() && a.tokens().get(span[1]).word().equals(",") && Parses.child(a, c, "mark") < 0) {
        return trimmed(a, span[0], span[1], verb, a.tokens().get(verb).word(), subject);
      }
    }
    return null;
  }

  /** A verb or a predicate with a copula, with its own subject. */
  private static boolean isClause(Annotation a, int token) {
    return (Parses.isVerb(a.tokens().get(token)) || Parses.child(a, token, "cop") >= 0) && Parses.child(a, token, "nsubj") >= 0;
  }

  /**
   * "The plan will fail, the minister added": the head clause without the cue's own words (the whole
   * clause, not a noun or a conjunct inside it, when the parser hangs the cue from one).
   */
  private static Statement beside(Annotation a, int verb, int subject) {
    int head = Parses.head(a, verb);
    while (head >= 0 && Parses.head(a, head) >= 0
        && (Parses.relation(a, head).equals("conj") || !Parses.isVerb(a.tokens().get(head)) && Parses.child(a, head, "cop") < 0)) {
      head = Parses.head(a, head);
    }
    if (head < 0) {
      return null;
    }
    int[] whole = Parses.subtree(a, head);
    int[] cue = Parses.subtree(a, verb);
    if (cue[0] > head) {
      return trimmed(a, whole[0], cue[0], verb, a.tokens().get(verb).word(), subject);
    }
    return cue[1] <= head ? trimmed(a, cue[1], whole[1], verb, a.tokens().get(verb).word(), subject) : null;
  }

  /** "urged the council to act", "vowed to appeal", "called for a recount". */
  private static Statement infinitive(Annotation a, int verb) {
    int subject = Subjects.of(a, verb);
    if (subject < 0) {
      return null;
    }
    int x = Parses.child(a, verb, "xcomp");
    String cue = a.tokens().get(verb).word();
    if (x > verb && a.tokens().get(Parses.subtree(a, x)[0]).lemma().equals("to")) {
      int obj = Parses.child(a, verb, "obj");
      int from = obj > verb && obj < x ? Parses.subtree(a, obj)[0] : Parses.subtree(a, x)[0];
      return trimmed(a, from, Parses.subtree(a, x)[1], verb, cue, subject);
    }
    for (int obl : Parses.children(a, verb, "obl")) {
      if (obl > verb && hasCase(a, obl, "for")) {
        int[] span = Parses.subtree(a, obl);
        return trimmed(a, span[0] + 1, span[1], verb, cue + " for", subject);
      }
    }
    return null;
  }

  /** "called the plan a disaster", "described the talks as useful": the object and what it is called. */
  private static Statement naming(Annotation a, int verb) {
    int subject = Subjects.of(a, verb);
    int obj = Parses.child(a, verb, "obj");
    if (subject < 0 || obj < verb) {
      return null;
    }
    int end = -1;
    for (var d : a.children(verb)) {
      int c = d.dependent();
      if (c > obj && (d.relation().equals("xcomp") || ((d.relation().startsWith("obl") || d.relation().equals("advcl")) && hasMarker(a, c, "as")))) {
        end = Math.max(end, Parses.subtree(a, c)[1]);
      }
    }
    return end < 0 ? null : trimmed(a, Parses.subtree(a, obj)[0], end, verb, a.tokens().get(verb).word(), subject);
  }

  /**
   * "The poll shows Ruiz leading by five points", "the video shows an officer drawing his gun": what a
   * text (a poll, a video, a report: {@link SpeakerNounList#isText}) shows, finds or reveals is its
   * statement even as a noun phrase, with the predicate set beside it; a person who shows something
   * ("she showed restraint") states nothing.
   */
  private static Statement finding(Annotation a, int verb) {
    int subject = Subjects.of(a, verb);
    int obj = Parses.child(a, verb, "obj");
    if (subject < 0 || obj < verb || a.tokens().get(obj).pos().startsWith("PRP")) {
      return null;
    }
    Token who = a.tokens().get(subject);
    if (!who.pos().startsWith("NN") || who.pos().startsWith("NNP") || !SpeakerNounList.isText(who.lemma())) {
      return null;
    }
    int end = Parses.subtree(a, obj)[1];
    for (int c : Parses.children(a, verb, "xcomp")) {
      end = c > obj ? Math.max(end, Parses.subtree(a, c)[1]) : end;
    }
    return trimmed(a, Parses.subtree(a, obj)[0], end, verb, a.tokens().get(verb).word(), subject);
  }

  /** "denied the report", "cited a poll of voters": the object phrase. */
  private static Statement object(Annotation a, int verb) {
    int subject = Subjects.of(a, verb);
    int obj = Parses.child(a, verb, "obj");
    if (subject < 0 || obj < verb || a.tokens().get(obj).pos().startsWith("PRP")) {
      return null;
    }
    int[] span = Parses.subtree(a, obj);
    return trimmed(a, span[0], span[1], verb, a.tokens().get(verb).word(), subject);
  }

  private static boolean hasMarker(Annotation a, int token, String word) {
    int m = Parses.child(a, token, "mark");
    return hasCase(a, token, word) || (m >= 0 && a.tokens().get(m).lemma().equalsIgnoreCase(word));
  }

  /** "according to X": X is the speaker, the rest of the sentence the content. */
  private static Statement qualified(Annotation a, Sentence s, int according, int speaker, String cue) {
    return speaker < 0 ? null : qualifiedBy(a, s, according, speaker, cue);
  }

  /** The sentence without the qualifying phrase when the phrase opens or closes it; else the whole sentence. */
  private static Statement qualifiedBy(Annotation a, Sentence s, int cueToken, int speaker, String cue) {
    int phraseHead = cue.equals("according to") ? speaker : cueToken;
    int[] phrase = Parses.subtree(a, phraseHead);
    int last = s.endToken();
    while (last > phrase[1] && isPunct(a.tokens().get(last - 1))) {
      last--;
    }
    int from = s.firstToken();
    int to = s.endToken();
    if (phrase[0] <= s.firstToken() + 1) {
      from = phrase[1];
    } else if (phrase[1] >= last) {
      to = phrase[0];
    }
    return to > from ? trimmed(a, from, to, cueToken, cue, speaker) : null;
  }

  private static Statement trimmed(Annotation a, int from, int to, int cue, String cueText, int speaker) {
    if (from < to && a.tokens().get(from).lemma().equals("that") && !Parses.relation(a, from).startsWith("nsubj")) {
      from++;
    }
    while (from < to && isPunct(a.tokens().get(from)) && !isQuoteMark(a.tokens().get(from))) {
      from++;
    }
    while (to > from && isPunct(a.tokens().get(to - 1)) && !isQuoteMark(a.tokens().get(to - 1))) {
      to--;
    }
    return to > from ? new Statement(from, to, cue, cueText, speaker) : null;
  }

  private static boolean hasCase(Annotation a, int token, String word) {
    for (int c : Parses.children(a, token, "case")) {
      if (a.tokens().get(c).lemma().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  static boolean isPunct(Token t) {
    return !Character.isLetterOrDigit(t.word().charAt(0));
  }

  private static boolean isQuoteMark(Token t) {
    return t.pos().equals("``") || t.pos().equals("''");
  }

  private static boolean inside(List<QuoteMarks.Span> marks, Token t) {
    for (QuoteMarks.Span m : marks) {
      if (t.start() >= m.start() && t.end() <= m.end()) {
        return true;
      }
    }
    return false;
  }
}
