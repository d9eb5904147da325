package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dyad.core.json.ArticleJson;
import org.dyad.store.QuoteRow;
import org.dyad.store.TimelineRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API description names every field the API writes for the rows that carry tone. */
class OpenApiRowsTest {
  @ParameterizedTest
  @ValueSource(classes = {TimelineRow.class, QuoteRow.class})
  void everyFieldOfTheRowIsDocumented(Class<? extends Record> row) throws IOException {
    JsonNode doc;
    try (InputStream in = OpenApiRowsTest.class.getResourceAsStream("/org/dyad/web/openapi.json")) {
      doc = ArticleJson.mapper().readTree(in);
    }
    Set<String> documented = new TreeSet<>();
    doc.get("components").get("schemas").get(row.getSimpleName()).get("properties").fieldNames().forEachRemaining(documented::add);
    Set<String> fields = Arrays.stream(row.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(fields, documented);
  }
}
