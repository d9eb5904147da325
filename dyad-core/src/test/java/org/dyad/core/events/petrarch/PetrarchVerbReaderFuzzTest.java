package org.dyad.core.events.petrarch;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.dyad.core.entities.DictionaryFormatException;
import org.dyad.model.nlp.Annotation;

/**
 * Fuzzes the PETRARCH verb reader: any text either reads (its bad lines reported as problems) or is
 * refused with a {@link DictionaryFormatException}; what it reads then matches a fixed sentence without
 * throwing.
 */
class PetrarchVerbReaderFuzzTest {
  private static final Annotation SENTENCE = WordsAnnotation.of("Ruritania never sent/send gold coins to the Freedonia talks");

  @FuzzTest(maxDuration = "1m")
  void verbs(@NotNull String file) throws IOException {
    PetrarchVerbs verbs;
    try {
      verbs = PetrarchVerbReader.read(new StringReader(file), "fuzz.verbs", problem -> {});
    } catch (DictionaryFormatException expected) {
      return;
    }
    for (int i = 0; i < SENTENCE.tokens().size(); i++) {
      if (verbs.hasVerb(SENTENCE, i)) {
        verbs.match(SENTENCE, i, Set.of(), Set.of());
      }
    }
  }
}
