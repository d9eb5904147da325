package org.dyad.core.quotes;

import java.util.List;
import org.dyad.core.entities.PronounResolver;
import org.dyad.core.nlp.Parses;
import org.dyad.model.EntityMention;
import org.dyad.model.Speaker;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/**
 * Turns the subject of a reporting verb into a speaker: the entity that covers it, a name or noun
 * phrase, for a personal pronoun the person {@link PronounResolver} gives (the last one of its gender
 * named in its sentence or the five before), for "it"
 * the last organisation named in its sentence or the two before, for a relative pronoun the noun its
 * clause describes. Says nothing (null) when unsure.
 */
final class SpeakerResolver {
  private static final int IT_WINDOW = 2;
  private static final int MAX_PHRASE_TOKENS = 10;
  private static final java.util.Set<String> CORE = java.util.Set.of("det", "amod", "compound", "nmod:poss", "nummod", "flat");
  private final String text;
  private final Annotation a;
  private final List<EntityMention> entities;

  private final int datelineStart;
  private final int datelineEnd;

  /**
   * @param datelineStart where the article's dateline starts (-1 without one; after a title and a
   *     lead it is not at 0)
   * @param datelineEnd where it ends (0 without one): a subject inside it is the parser mistaking
   *     the dateline for the subject, and the first person named after it stands in
   */
  SpeakerResolver(String text, Annotation a, List<EntityMention> entities, int datelineStart, int datelineEnd) {
    this.text = text;
    this.a = a;
    this.entities = entities;
    this.datelineStart = datelineStart;
    this.datelineEnd = datelineEnd;
  }

  Speaker resolve(int token) {
    if (token < 0) {
      return null;
    }
    Token t = a.tokens().get(token);
    if (t.start() >= datelineStart && t.start() < datelineEnd) {
      return firstPersonAfterDateline(t);
    }
    if (Parses.isPersonalPronoun(t)) {
      EntityMention e = PronounResolver.antecedent(a, entities, t);
      return e == null ? null : new Speaker(e.name(), t.start(), t.end(), e.actor(), e.title());
    }
    if (t.pos().equals("PRP") && t.lemma().equals("it")) {
      return antecedent(t, "ORGANIZATION", IT_WINDOW);
    }
    if (isRelative(t)) {
      return relativeAntecedent(t);
    }
    EntityMention e = entityAt(t.start(), t.end());
    EntityMention named = e == null || !"PERSON".equals(e.type()) ? apposedPerson(token) : null;
    if (named != null) {
      return speaker(named, named.start(), named.end());
    }
    if (e != null) {
      return speaker(e, e.start(), e.end());
    }
    if (!t.pos().startsWith("NN")) {
      return null;
    }
    int[] span = t.pos().startsWith("NNP") ? Parses.nameSpan(a, token) : Parses.subtree(a, token);
    if (span[1] - span[0] > MAX_PHRASE_TOKENS) {
      span = core(token);
    }
    for (int i = span[0]; i < span[1]; i++) {
      Token inner = a.tokens().get(i);
      EntityMention ie = entityAt(inner.start(), inner.end());
      if (ie != null && "PERSON".equals(ie.type())) {
        return speaker(ie, ie.start(), ie.end());
      }
    }
    int first = span[0];
    int last = span[1];
    while (first < token && isEdge(a.tokens().get(first))) {
      first++;
    }
    while (last - 1 > token && isEdge(a.tokens().get(last - 1))) {
      last--;
    }
    int start = a.tokens().get(first).start();
    int end = a.tokens().get(last - 1).end();
    return new Speaker(text.substring(start, end), start, end, null, null);
  }

  /** "Pakistan's ambassador in Kabul, Mansoor Ahmad Khan, said": the person named in apposition to the head. */
  private EntityMention apposedPerson(int head) {
    for (int c : Parses.children(a, head, "appos")) {
      Token t = a.tokens().get(c);
      EntityMention e = entityAt(t.start(), t.end());
      if (e != null && "PERSON".equals(e.type())) {
        return e;
      }
    }
    return null;
  }

  /** A long noun phrase cut to its head and the words right before it ("a report [released last year]"). */
  private int[] core(int head) {
    int min = head;
    for (var d : a.children(head)) {
      if (d.dependent() < head && CORE.contains(d.relation())) {
        min = Math.min(min, d.dependent());
      }
    }
    return new int[] {min, head + 1};
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

  /** The last entity of a type named before the pronoun, in its sentence or the {@code window} before it. */
  private Speaker antecedent(Token pronoun, String type, int window) {
    int firstSentence = Math.max(0, pronoun.sentence() - window);
    int from = a.sentences().get(firstSentence).start();
    EntityMention best = null;
    for (EntityMention e : entities) {
      if (type.equals(e.type()) && e.start() >= from && e.end() <= pronoun.start()) {
        best = e;
      }
    }
    return best == null ? null : new Speaker(best.name(), pronoun.start(), pronoun.end(), best.actor(), best.title());
  }

  /** A preposition, conjunction or punctuation at the edge of a phrase ("[according to] witnesses"). */
  private boolean isEdge(Token t) {
    String r = Parses.relation(a, t.index());
    return r.equals("case") || r.equals("punct") || r.equals("cc") || r.equals("fixed") || !Character.isLetterOrDigit(t.word().charAt(0));
  }

  private Speaker firstPersonAfterDateline(Token t) {
    int sentenceEnd = a.sentences().get(t.sentence()).end();
    for (EntityMention e : entities) {
      if ("PERSON".equals(e.type()) && e.start() >= datelineEnd && e.end() <= sentenceEnd) {
        return speaker(e, e.start(), e.end());
      }
    }
    return null;
  }

  private EntityMention entityAt(int start, int end) {
    for (EntityMention e : entities) {
      if (e.start() <= start && e.end() >= end) {
        return e;
      }
    }
    return null;
  }

  private static Speaker speaker(EntityMention e, int start, int end) {
    return new Speaker(e.name(), start, end, e.actor(), e.title());
  }
}
