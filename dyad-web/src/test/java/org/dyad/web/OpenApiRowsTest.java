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
import org.dyad.model.ActorRef;
import org.dyad.model.Place;
import org.dyad.store.ActorRow;
import org.dyad.store.ArticleRow;
import org.dyad.store.DyadRow;
import org.dyad.store.EventRow;
import org.dyad.store.PlaceRow;
import org.dyad.store.QuoteRow;
import org.dyad.store.SearchHit;
import org.dyad.store.Timeline;
import org.dyad.store.TimelineRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API description names every field the API writes, for every record a route returns. */
class OpenApiRowsTest {
  @ParameterizedTest
  @ValueSource(classes = {TimelineRow.class, Timeline.class, QuoteRow.class, EventRow.class, PlaceRow.class, DyadRow.class,
      ActorRow.class, ArticleRow.class, SearchHit.class, ApiError.class, ApiRoutes.ArticleView.class, Place.class, ActorRef.class})
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
