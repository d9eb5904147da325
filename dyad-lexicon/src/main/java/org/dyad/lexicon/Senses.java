package org.dyad.lexicon;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/** Prints the WordNet 3.1 senses of lemmas ("v:attack n:strike"), to choose the senses a seed means. */
public final class Senses {
  private Senses() {}

  public static void main(String[] args) throws JWNLException {
    Dictionary wn = Dictionary.getDefaultResourceInstance();
    for (String arg : args) {
      POS pos = arg.startsWith("n:") ? POS.NOUN : POS.VERB;
      IndexWord w = wn.getIndexWord(pos, arg.substring(2));
      if (w == null) {
        System.out.println(arg + " -- none");
        continue;
      }
      int i = 1;
      for (Synset s : w.getSenses()) {
        StringBuilder words = new StringBuilder();
        for (Word x : s.getWords()) {
          words.append(x.getLemma()).append(',');
        }
        String gloss = s.getGloss();
        System.out.printf("%s#%d %08d %s [%s] %s%n", arg, i++, s.getOffset(), s.getLexFileName(), words,
            gloss.length() > 90 ? gloss.substring(0, 90) : gloss);
      }
    }
  }
}
