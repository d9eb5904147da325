package org.dyad.core.entities;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.StringReader;

/** Fuzzes the TSV dictionary loader: a file either parses or is refused with a {@link DictionaryFormatException}. */
class TsvTableFuzzTest {
  @FuzzTest(maxDuration = "1m")
  void parse(@NotNull String file) {
    try {
      TsvTable.parse("fuzz.tsv", new StringReader(file), "name", "code");
    } catch (DictionaryFormatException expected) {
      // refused with its reason
    }
  }
}
