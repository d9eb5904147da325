package org.dyad.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Expands one seed through WordNet 3.1 into entries, with the sense limits that keep precision: a lemma
 * reached through a relation is taken only when the synset reached is among its two most frequent
 * senses ("hit" is not taken from "murder": that is not what "hit" usually means), lemmas of more than
 * two words are left out, and so are the excluded lemmas of the seed file.
 */
final class Expander {
  /** A reached lemma is taken when the reached synset is one of its first this many senses. */
  static final int MAX_RANK = 2;
  /** Lexicographer files of event nouns: acts, events, and what is communicated (an accusation). */
  private static final Set<String> EVENT_NOUNS = Set.of("noun.act", "noun.event", "noun.communication");
  private final Dictionary wn;
  private final Seeds seeds;

  Expander(Dictionary wn, Seeds seeds) {
    this.wn = wn;
    this.seeds = seeds;
  }

  List<Entry> expand(Seed seed) throws JWNLException {
    List<Entry> out = new ArrayList<>();
    POS pos = seed.noun() ? POS.NOUN : POS.VERB;
    List<Synset> synsets = synsets(seed, pos);
    String origin = seed.senses().isEmpty() ? seed.lemma() + "#" + (seed.noun() ? "n" : "v") + " (no WordNet sense)"
        : keys(seed, synsets);
    add(out, seed, seed.lemma(), 0, "seed " + origin);
    for (Synset s : synsets) {
      if (seed.expand().contains("syn")) {
        for (Word w : s.getWords()) {
          take(out, seed, w.getLemma(), s, pos, 2, "syn " + origin);
        }
      }
      troponyms(out, seed, s, pos, seed.tropoDepth(), origin);
      if (seed.expand().contains("deriv") && !seed.noun()) {
        derived(out, seed, s, origin);
      }
    }
    return out;
  }

  private List<Synset> synsets(Seed seed, POS pos) throws JWNLException {
    List<Synset> out = new ArrayList<>();
    if (seed.senses().isEmpty()) {
      return out;
    }
    IndexWord w = wn.getIndexWord(pos, seed.lemma().replace('_', ' '));
    if (w == null) {
      throw new IllegalArgumentException("seeds.tsv:" + seed.line() + ": WordNet has no " + pos + " " + seed.lemma());
    }
    for (int n : seed.senses()) {
      if (n < 1 || n > w.getSenses().size()) {
        throw new IllegalArgumentException("seeds.tsv:" + seed.line() + ": " + seed.lemma() + " has no sense " + n);
      }
      out.add(w.getSenses().get(n - 1));
    }
    return out;
  }

  private String keys(Seed seed, List<Synset> synsets) throws JWNLException {
    StringBuilder b = new StringBuilder();
    for (Synset s : synsets) {
      for (Word w : s.getWords()) {
        if (w.getLemma().equalsIgnoreCase(seed.lemma().replace('_', ' '))) {
          b.append(b.length() == 0 ? "" : ",").append(w.getSenseKey()).append('=').append(String.format("%08d", s.getOffset()));
        }
      }
    }
    return b.toString();
  }

  private void troponyms(List<Entry> out, Seed seed, Synset s, POS pos, int depth, String origin) throws JWNLException {
    if (depth <= 0) {
      return;
    }
    for (Pointer p : s.getPointers(PointerType.HYPONYM)) {
      Synset t = p.getTargetSynset();
      String via = (seed.noun() ? "hypo " : "tropo ") + String.format("%08d", t.getOffset()) + " < " + origin;
      for (Word w : t.getWords()) {
        take(out, seed, w.getLemma(), t, pos, 4, via);
      }
      troponyms(out, seed, t, pos, depth - 1, origin);
    }
  }

  /** The event nouns derivationally related to the seed verb's lemmas in the synset. */
  private void derived(List<Entry> out, Seed seed, Synset s, String origin) throws JWNLException {
    for (Word w : s.getWords()) {
      for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
        Synset t = p.getTargetSynset();
        if (t.getPOS() == POS.NOUN && EVENT_NOUNS.contains(t.getLexFileName()) && p.getTarget() instanceof Word n) {
          String via = "deriv " + String.format("%08d", t.getOffset()) + " < " + origin;
          Seed asNoun = new Seed(seed.code(), seed.reversed(), true, n.getLemma(), List.of(), seed.object(), seed.preps(),
              List.of(), seed.lights(), seed.line());
          if (!asNoun.preps().isEmpty()) {
            take(out, asNoun, n.getLemma(), t, POS.NOUN, 3, via);
          }
        }
      }
    }
  }

  /** Adds a lemma reached through a relation when the synset is one of its usual senses and it is not excluded. */
  private void take(List<Entry> out, Seed seed, String lemma, Synset reached, POS pos, int rank, String provenance)
      throws JWNLException {
    String l = lemma.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    if (l.equals(seed.lemma()) || seeds.excluded().containsKey((pos == POS.NOUN ? "n " : "v ") + l)
        || l.split("_").length > 2 || !l.matches("[a-z_-]+")) {
      return;
    }
    IndexWord w = wn.getIndexWord(pos, lemma);
    int at = w == null ? -1 : offsets(w).indexOf(reached.getOffset());
    if (at >= 0 && at < MAX_RANK) {
      add(out, seed, l, rank, provenance);
    }
  }

  private static List<Long> offsets(IndexWord w) {
    List<Long> out = new ArrayList<>();
    for (Synset s : w.getSenses()) {
      out.add(s.getOffset());
    }
    return out;
  }

  /** The rows of one lemma: a verb with its particle or object, a noun with its prepositions and light verbs. */
  private void add(List<Entry> out, Seed seed, String lemma, int rank, String provenance) {
    String[] words = lemma.split("_");
    String object = join(words.length == 2 ? words[1] : null, seed.object());
    String head = words[0];
    if (!seed.noun()) {
      for (String prep : seed.preps().isEmpty() ? List.of("*") : seed.preps()) {
        out.add(new Entry(false, head, object, prep, seed.codeColumn(), rank, provenance));
      }
      return;
    }
    if (words.length == 2) {
      return;
    }
    for (String prep : seed.preps()) {
      out.add(new Entry(true, lemma, seed.object() == null ? "*" : seed.object(), prep, seed.codeColumn(), rank, provenance));
    }
    for (String set : seed.lights()) {
      for (String light : seeds.lights().get(set)) {
        String[] v = light.split("_");
        String obj = join(v.length == 2 ? v[1] : null, join(lemma, seed.object()));
        String via = "light @" + set + " + " + provenance;
        out.add(new Entry(false, v[0], obj, "*", seed.codeColumn(), rank + 1, via));
        for (String prep : seed.preps()) {
          if (!prep.equals("by") && !prep.equals("between")) {
            out.add(new Entry(false, v[0], obj, prep, seed.codeColumn(), rank + 1, via));
          }
        }
      }
    }
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b == null ? "*" : b;
    }
    return b == null ? a : a + "+" + b;
  }
}
