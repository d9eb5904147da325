package org.dyad.core.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.entities.DictionaryFormatException;
import org.dyad.core.entities.TsvTable;
import org.dyad.core.nlp.Parses;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;

/**
 * What an accusation (112) is of, as its CAMEO sub-code: the words of the complement under "of" or
 * "for" ("accused Chile of spying", "blamed Peru for war crimes") looked up in the documented
 * {@code accusations.tsv}. The complement hangs under the verb or, as the parser often puts it,
 * under the verb's object.
 */
final class Accusations {
  static final String ACCUSE = "112";
  private static final Set<String> PREPOSITIONS = Set.of("of", "for");
  /** Words of the complement looked at: enough for "of committing crimes against humanity". */
  private static final int MAX_WORDS = 12;
  private static final Map<List<String>, String> WORDS = load();

  private Accusations() {}

  /** The sub-code the accusation's complement names, else {@code code} unchanged (also for any code but 112). */
  static String refine(Annotation a, int verb, int object, String code) {
    if (!code.equals(ACCUSE)) {
      return code;
    }
    for (int node : new int[] {verb, object}) {
      if (node < 0) {
        continue;
      }
      for (Dependency d : a.children(node)) {
        String sub = PREPOSITIONS.contains(introducer(a, d.dependent())) ? subCode(a, d.dependent()) : null;
        if (sub != null) {
          return sub;
        }
      }
    }
    return code;
  }

  /** The preposition ("of crimes") or clause mark ("of spying") of a complement, lower case, or "". */
  private static String introducer(Annotation a, int node) {
    int c = Parses.child(a, node, "case", "mark");
    return c < 0 ? "" : a.tokens().get(c).lemma().toLowerCase(Locale.ROOT);
  }

  /** The sub-code of the longest listed word sequence in the complement's words, or null. */
  static String subCode(Annotation a, int node) {
    int[] span = Parses.subtree(a, node);
    List<String> lemmas = new ArrayList<>();
    for (int i = span[0]; i < Math.min(span[1], span[0] + MAX_WORDS); i++) {
      lemmas.add(a.tokens().get(i).lemma().toLowerCase(Locale.ROOT));
    }
    String best = null;
    int bestLength = 0;
    for (int i = 0; i < lemmas.size(); i++) {
      for (int j = lemmas.size(); j > i + bestLength; j--) {
        String sub = WORDS.get(lemmas.subList(i, j));
        if (sub != null) {
          best = sub;
          bestLength = j - i;
        }
      }
    }
    return best;
  }

  private static Map<List<String>, String> load() {
    TsvTable t = TsvTable.resource(Accusations.class, "accusations.tsv", "words", "code");
    Map<List<String>, String> out = new HashMap<>();
    for (TsvTable.Row r : t.rows()) {
      String code = r.get(1);
      if (!code.startsWith(ACCUSE) || code.length() != 4) {
        throw new DictionaryFormatException(t.at(r) + "'" + code + "' is no sub-code of 112");
      }
      if (out.put(List.of(r.get(0).split(" ")), code) != null) {
        throw new DictionaryFormatException(t.at(r) + "'" + r.get(0) + "' is listed twice");
      }
    }
    return Map.copyOf(out);
  }
}
