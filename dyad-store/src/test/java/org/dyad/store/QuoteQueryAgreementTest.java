package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.core.quotes.StatementQuery;
import org.dyad.model.AnalyzedArticle;
import org.dyad.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** The store's quote query and the file-based {@code StatementQuery} pick the same statements. */
class QuoteQueryAgreementTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {"rahimi,-", "AFGGOV,-", "afggov,-", "petrov,-", "-,RUS", "-,RUSGOV", "-,AFG", "-,AFGGOV",
      "-,AF", "rahimi,AFG", "-,-"})
  void sameStatementsEitherWay(String speaker, String about) {
    String text = "Minister Amir Rahimi spoke. \"Russia must help Afghanistan and Oleg Petrov agrees,\" Rahimi said. "
        + "\"We thank Moscow,\" Oleg Petrov said.";
    AnalyzedArticle a = QuoteArticles.with(text);
    try (Corpus c = Corpus.open(dir)) {
      c.add(a, "x.txt");
      List<String> fromStore = c.queries().quotes(speaker, about, 0, 100).items().stream().map(q -> q.start() + ":" + q.text()).toList();
      List<String> fromFile = new ArrayList<>();
      for (var row : new StatementQuery(speaker, about).select(a)) {
        Quote q = row.quote();
        fromFile.add(q.start() + ":" + q.text());
      }
      assertEquals(fromFile, fromStore, Arrays.toString(new String[] {speaker, about}));
    }
  }
}
