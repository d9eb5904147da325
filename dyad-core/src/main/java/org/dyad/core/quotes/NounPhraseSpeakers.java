package org.dyad.core.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.entities.PronounResolver;
import org.dyad.core.nlp.Parses;
import org.dyad.model.EntityMention;
import org.dyad.model.Speaker;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Token;

/**
 * The speaker a noun phrase names: the entity over its head (a person named in apposition to it
 * first: "Pakistan's ambassador, Mansoor Khan, said"), a person named inside it, the person a definite
 * description stands for ("the former senator": the person named before whose title holds the noun,
 * else the one person the sentence before is about), or the phrase itself when its head noun can name
 * a speaker ({@link SpeakerNounList}: people, groups, texts); none for "the end" or "her right foot".
 */
final class NounPhraseSpeakers {
  private static final int MAX_PHRASE_TOKENS = 10;
  private static final Set<String> CORE = Set.of("det", "amod", "compound", "nmod:poss", "nummod", "flat");
  private final String text;
  private final Annotation a;
  private final List<EntityMention> entities;

  NounPhraseSpeakers(String text, Annotation a, List<EntityMention> entities) {
    this.text = text;
    this.a = a;
    this.entities = entities;
  }

  Speaker resolve(int token) {
    Token t = a.tokens().get(token);
    EntityMention e = entityAt(t.start(), t.end());
    EntityMention named = e == null || !"PERSON".equals(e.type()) ? apposedPerson(token) : null;
    int owned = e != null && named == null && !"PERSON".equals(e.type()) ? apposedOwnedSpeaker(token) : -1;
    if (owned >= 0) {
      return resolve(owned);
    }
    if (named != null || e != null) {
      EntityMention m = named != null ? named : e;
      return speaker(m, m.start(), m.end());
    }
    if (!t.pos().startsWith("NN")) {
      return null;
    }
    int[] span = phrase(token);
    for (int i = span[0]; i < span[1]; i++) {
      Token inner = a.tokens().get(i);
      EntityMention ie = entityAt(inner.start(), inner.end());
      if (ie != null && "PERSON".equals(ie.type())) {
        return speaker(ie, ie.start(), ie.end());
      }
    }
    boolean common = !t.pos().startsWith("NNP");
    if (common && !SpeakerNounList.canSpeak(t.lemma()) && !partitiveOfSpeakers(token)) {
      return null;
    }
    int start = a.tokens().get(span[0]).start();
    int end = a.tokens().get(span[1] - 1).end();
    EntityMention described = common && isDefinite(token) ? described(t) : null;
    return described != null ? speaker(described, start, end) : new Speaker(text.substring(start, end), start, end, null, null);
  }

  /** The tokens of the phrase headed by {@code token}, without prepositions and punctuation at its edges. */
  private int[] phrase(int token) {
    Token t = a.tokens().get(token);
    int[] span = t.pos().startsWith("NNP") ? Parses.nameSpan(a, token) : Parses.subtree(a, token);
    if (span[1] - span[0] > MAX_PHRASE_TOKENS) {
      span = core(token);
    }
    int first = span[0];
    int last = span[1];
    while (first < token && isEdge(a.tokens().get(first))) {
      first++;
    }
    while (last - 1 > token && isEdge(a.tokens().get(last - 1))) {
      last--;
    }
    return new int[] {first, last};
  }

  /**
   * The person a definite description names: the nearest person named before whose title holds the
   * description's noun ("the senator" after "Senator Ana Ruiz"), else the one person named in the
   * nearest sentence before that names people, when it names one alone.
   */
  private EntityMention described(Token head) {
    EntityMention titled = null;
    for (EntityMention e : entities) {
      if (e.end() <= head.start() && "PERSON".equals(e.type()) && e.title() != null
          && (" " + e.title().toLowerCase(Locale.ROOT) + " ").contains(" " + head.lemma().toLowerCase(Locale.ROOT))) {
        titled = e;
      }
    }
    return titled != null || !isPersonNoun(head) ? titled : PronounResolver.alone(a, entities, head);
  }

  private static boolean isPersonNoun(Token head) {
    return SpeakerNounList.isPerson(head.lemma());
  }

  /** "52 percent of voters", "a majority of members": a part of a group, which speaks as the group does. */
  private boolean partitiveOfSpeakers(int head) {
    for (int n : Parses.children(a, head, "nmod")) {
      for (int c : Parses.children(a, n, "case")) {
        if (a.tokens().get(c).lemma().equalsIgnoreCase("of") && SpeakerNounList.canSpeak(a.tokens().get(n).lemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /** "the senator", "the former secretary of state": a determiner "the" before the head. */
  private boolean isDefinite(int head) {
    int det = Parses.child(a, head, "det");
    return det >= 0 && a.tokens().get(det).lemma().equalsIgnoreCase("the");
  }

  /** "Pakistan's ambassador in Kabul, Mansoor Ahmad Khan, said": the person named in apposition to the head. */
  EntityMention apposedPerson(int head) {
    for (int c : Parses.children(a, head, "appos")) {
      Token t = a.tokens().get(c);
      EntityMention e = entityAt(t.start(), t.end());
      if (e != null && "PERSON".equals(e.type())) {
        return e;
      }
    }
    return null;
  }

  /**
   * "... joined the Zorvan Front, his lawyer said": a speaker noun with a possessive pronoun that the parser
   * hangs on an organisation as its apposition is someone of the pronoun's, not the organisation (an
   * organisation's own description, "the Zorvan Front, a rebel group, said", has no possessive).
   */
  private int apposedOwnedSpeaker(int head) {
    for (int c : Parses.children(a, head, "appos")) {
      Token t = a.tokens().get(c);
      for (int p : Parses.children(a, c, "nmod:poss")) {
        if (a.tokens().get(p).pos().startsWith("PRP") && SpeakerNounList.canSpeak(t.lemma())) {
          return c;
        }
      }
    }
    return -1;
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

  /** A preposition, conjunction or punctuation at the edge of a phrase ("[according to] witnesses"). */
  private boolean isEdge(Token t) {
    String r = Parses.relation(a, t.index());
    return r.equals("case") || r.equals("punct") || r.equals("cc") || r.equals("fixed") || !Character.isLetterOrDigit(t.word().charAt(0));
  }

  /** The entity whose mention covers {@code [start, end)}, or null. */
  EntityMention entityAt(int start, int end) {
    for (EntityMention e : entities) {
      if (e.start() <= start && e.end() >= end) {
        return e;
      }
    }
    return null;
  }

  /** The entity as a speaker at the given offsets. */
  static Speaker speaker(EntityMention e, int start, int end) {
    return new Speaker(e.name(), start, end, e.actor(), e.title());
  }
}
