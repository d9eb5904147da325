package org.dyad.core.entities.petrarch;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.io.StringReader;
import org.dyad.core.entities.DictionaryFormatException;

/**
 * Fuzzes the PETRARCH {@code .actors} and {@code .agents} readers: any text either reads (its bad
 * lines reported as problems) or is refused with a {@link DictionaryFormatException}; nothing else escapes.
 */
class PetrarchReadersFuzzTest {
  @FuzzTest(maxDuration = "1m")
  void actors(@NotNull String file) throws IOException {
    try {
      PetrarchDictionaryReader.readActors(new StringReader(file), "fuzz.actors", problem -> {});
    } catch (DictionaryFormatException expected) {
      // a file that is not a dictionary is refused with its reason
    }
  }

  @FuzzTest(maxDuration = "1m")
  void agents(@NotNull String file) throws IOException {
    try {
      PetrarchAgentReader.read(new StringReader(file), "fuzz.agents", problem -> {});
    } catch (DictionaryFormatException expected) {
      // as above
    }
  }
}
