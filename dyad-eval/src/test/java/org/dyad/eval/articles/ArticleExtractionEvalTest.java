package org.dyad.eval.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.dyad.core.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs on the shared benchmark data when it sits beside the checkout; skipped otherwise. */
class ArticleExtractionEvalTest {
  private static final String DATA = "eval/article-extraction";
  private Path dataDir;

  @BeforeEach
  void findData() {
    Optional<Path> found = SharedData.find(DATA);
    assumeTrue(found.isPresent(), "skipped: ../shared/" + DATA + " not found");
    dataDir = found.get();
  }

  @Test
  void scorerReproducesTheTrafilaturaReference() throws IOException {
    ArticleExtractionEval eval = new ArticleExtractionEval(dataDir);

    SystemResult result = eval.scoreReference("trafilatura", dataDir.resolve("reference_outputs/trafilatura.json.gz"));

    assertEquals(0.958, result.score().f1(), 0.002);
  }

  @Test
  void dyadBeatsReadability4j() throws IOException {
    ArticleExtractionEval eval = new ArticleExtractionEval(dataDir);

    ArticleExtractionReport report = eval.run(ArticleExtractionEval.standardSystems());
    System.out.println(report.toTable());

    double dyad = report.result("dyad").orElseThrow().score().f1();
    double readability = report.result("readability4j").orElseThrow().score().f1();
    assertTrue(dyad > readability, "dyad " + dyad + " <= readability4j " + readability);
    assertTrue(report.pages() > 0);
  }
}
