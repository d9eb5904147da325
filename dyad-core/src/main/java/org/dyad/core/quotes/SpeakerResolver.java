package org.dyad.core.quotes;

import java.util.List;
import java.util.Set;
import org.dyad.core.entities.PronounResolver;
import org.dyad.core.nlp.Parses;
import org.dyad.model.EntityMention;
import org.dyad.model.Speaker;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/**
 * Turns the subject of a reporting verb into a speaker: the entity that covers it, a name or noun
 * phrase; for he or she the person {@link PronounResolver} gives, preferring the one who spoke just
 * before (the named subject of the nearest reporting verb); for "they" the last organisation or group
 * named in its sentence or the two before, for "it" the last organisation, group or country; for a relative pronoun the
 * noun its clause describes; none for I, we and you (the writer, or a reader addressed). Says nothing
 * (null) when unsure.
 */
final class SpeakerResolver {
  private static final int IT_WINDOW = 2;
  /** How many pronouns back the speaker before a pronoun is followed ("He said ... He added ..."). */
  private static final int MAX_CHAIN = 3;
  private static final Set<String> PLURAL = Set.of("they", "them");
  private static final Set<String> COLLECTIVE = Set.of("ORGANIZATION", "GROUP");
  /** What "it" may stand for as a speaker: an organisation, a group, a country ("Iran said it would ..."). */
  private static final Set<String> INANIMATE = Set.of("ORGANIZATION", "GROUP", "COUNTRY");
  private static final QuoteMarks.Span NO_QUOTE = new QuoteMarks.Span(0, 0);
  private final String text;
  private final Annotation a;
  private final List<EntityMention> entities;

  private final int datelineStart;
  private final int datelineEnd;
  private final NounPhraseSpeakers phrases;
  private final List<QuoteMarks.Span> marks;

  /**
   * @param datelineStart where the article's dateline starts (-1 without one; after a title and a
   *     lead it is not at 0)
   * @param datelineEnd where it ends (0 without one): a subject inside it is the parser mistaking
   *     the dateline for the subject, and the first person named after it stands in
   * @param marks the text's quotation marks ({@link QuoteMarks#find})
   */
  SpeakerResolver(String text, Annotation a, List<EntityMention> entities, int datelineStart, int datelineEnd,
      List<QuoteMarks.Span> marks) {
    this.marks = marks;
    this.text = text;
    this.a = a;
    this.entities = entities;
    this.datelineStart = datelineStart;
    this.datelineEnd = datelineEnd;
    this.phrases = new NounPhraseSpeakers(text, a, entities);
  }

  /** True when the token is a person's name or a pronoun that stands for a person. */
  boolean isPerson(int token) {
    Token t = a.tokens().get(token);
    if (PronounResolver.isGendered(t.word())) {
      return resolve(token) != null;
    }
    EntityMention e = phrases.entityAt(t.start(), t.end());
    return e != null ? "PERSON".equals(e.type()) : phrases.apposedPerson(token) != null;
  }

  Speaker resolve(int token) {
    if (token < 0) {
      return null;
    }
    Token t = a.tokens().get(token);
    if (t.start() >= datelineStart && t.start() < datelineEnd) {
      return firstPersonAfterDateline(t);
    }
    if (PronounResolver.isGendered(t.word())) {
      EntityMention e = PronounResolver.antecedent(a, entities, t, previousSpeaker(t, MAX_CHAIN));
      return e == null ? null : new Speaker(e.name(), t.start(), t.end(), e.actor(), e.title());
    }
    if (PLURAL.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
      return antecedent(t, COLLECTIVE, IT_WINDOW);
    }
    if (Parses.isPersonalPronoun(t)) {
      return null;
    }
    if (t.pos().equals("PRP") && t.lemma().equals("it")) {
      return antecedent(t, INANIMATE, IT_WINDOW);
    }
    if (isRelative(t)) {
      return relativeAntecedent(t);
    }
    return phrases.resolve(token);
  }



  /** "the senator, who said ...": the noun that the relative clause hangs from, at the pronoun's offsets. */
  private Speaker relativeAntecedent(Token pronoun) {
    int clause = Parses.head(a, pronoun.index());
    if (clause < 0 || !Parses.relation(a, clause).equals("acl:relcl")) {
      return null;
    }
    Speaker s = resolve(Parses.head(a, clause));
    return s == null ? null : new Speaker(s.name(), pronoun.start(), pronoun.end(), s.actor(), s.title());
  }

  private static boolean isRelative(Token t) {
    return t.pos().equals("WP") || (t.pos().equals("WDT") && !t.lemma().equals("what"));
  }

  /**
   * The person who spoke last before {@code pronoun}: the named subject of the nearest reporting verb
   * in its sentence or the window before (a pronoun there resolved in turn, up to {@code depth} links).
   */
  private EntityMention previousSpeaker(Token pronoun, int depth) {
    int from = a.sentences().get(windowStart(pronoun.sentence(), PronounResolver.WINDOW)).firstToken();
    for (int i = pronoun.index() - 1; i >= from && depth > 0; i--) {
      Token t = a.tokens().get(i);
      if (!Parses.isVerb(t) || !CueVerbs.contains(t.lemma())) {
        continue;
      }
      int s = Subjects.ofInverted(a, i, NO_QUOTE);
      if (s < 0 || s == pronoun.index()) {
        continue;
      }
      Token subject = a.tokens().get(s);
      if (PronounResolver.isGendered(subject.word())) {
        return PronounResolver.antecedent(a, entities, subject, previousSpeaker(subject, depth - 1));
      }
      EntityMention e = phrases.entityAt(subject.start(), subject.end());
      return e != null && "PERSON".equals(e.type()) ? e : null;
    }
    return null;
  }

  /**
   * The first sentence of a window of {@code size} sentences of the writer's before {@code sentence}:
   * sentences wholly inside quotation marks (the quoted speaker's own words, "“Stop. Stop now.”") and
   * a stray closing mark the splitter sets apart are part of the statement they continue, and do not
   * count ("“Stop,” she says. “Stop. He has done nothing. Stop now.” She then ..." : she still speaks).
   */
  private int windowStart(int sentence, int size) {
    int counted = 0;
    int s = sentence;
    while (s > 0 && counted < size) {
      s--;
      counted += hasWriterWords(a.sentences().get(s)) ? 1 : 0;
    }
    return s;
  }

  /** True when a word of the sentence (a letter or digit) lies outside every quotation. */
  private boolean hasWriterWords(org.dyad.model.nlp.Sentence s) {
    for (Token t : a.tokensOf(s)) {
      if (Character.isLetterOrDigit(t.word().charAt(0)) && !quoted(t)) {
        return true;
      }
    }
    return false;
  }

  private boolean quoted(Token t) {
    for (QuoteMarks.Span m : marks) {
      if (t.start() >= m.start() && t.end() <= m.end()) {
        return true;
      }
    }
    return false;
  }

  /** "a campaign", "an agency": an indefinite phrase introduces something new, not what a pronoun goes back to. */
  private boolean indefinite(int noun) {
    int det = Parses.child(a, noun, "det");
    return det >= 0 && Set.of("a", "an").contains(a.tokens().get(det).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /** The last entity of the given types named before the pronoun, in its sentence or the {@code window} before it. */
  private Speaker antecedent(Token pronoun, Set<String> types, int window) {
    int firstSentence = Math.max(0, pronoun.sentence() - window);
    int from = a.sentences().get(firstSentence).start();
    EntityMention best = null;
    for (EntityMention e : entities) {
      if (types.contains(e.type()) && e.start() >= from && e.end() <= pronoun.start()) {
        best = e;
      }
    }
    if (best == null) {
      return groupSubject(pronoun, PLURAL.contains(pronoun.word().toLowerCase(java.util.Locale.ROOT)));
    }
    return new Speaker(best.name(), pronoun.start(), pronoun.end(), best.actor(), best.title());
  }

  /**
   * With no organisation named: the nearest subject before the pronoun, in its sentence or the window
   * before, whose head is a common noun for a group ("The campaign is defending the ad. It calls ..."),
   * a singular one for "it"; for "they" also a plural noun for speakers ("Officials said they ..."); not
   * an indefinite one.
   * Null when there is none.
   */
  private Speaker groupSubject(Token pronoun, boolean plural) {
    int from = a.sentences().get(Math.max(0, pronoun.sentence() - IT_WINDOW)).firstToken();
    for (int i = pronoun.index() - 1; i >= from; i--) {
      Token t = a.tokens().get(i);
      if (Parses.relation(a, i).startsWith("nsubj") && t.pos().startsWith("NN") && !t.pos().startsWith("NNP")
          && (plural ? t.pos().equals("NNS") && SpeakerNounList.canSpeak(t.lemma()) || SpeakerNounList.isGroup(t.lemma())
              : t.pos().equals("NN") && SpeakerNounList.isGroup(t.lemma())) && !indefinite(i)) {
        Speaker s = phrases.resolve(i);
        return s == null ? null : new Speaker(s.name(), pronoun.start(), pronoun.end(), s.actor(), s.title());
      }
    }
    return null;
  }


  private Speaker firstPersonAfterDateline(Token t) {
    int sentenceEnd = a.sentences().get(t.sentence()).end();
    for (EntityMention e : entities) {
      if ("PERSON".equals(e.type()) && e.start() >= datelineEnd && e.end() <= sentenceEnd) {
        return NounPhraseSpeakers.speaker(e, e.start(), e.end());
      }
    }
    return null;
  }



}
