package org.dyad.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import org.dyad.model.AnalyzedArticle;

/**
 * The JSON-lines output format (see {@code docs/FORMAT.md} and {@code article.schema.json}): one
 * object per article, nulls written out, dates as ISO strings.
 */
public final class ArticleJson {
  /** Class-path location of the JSON Schema of one output line. */
  public static final String SCHEMA = "/org/dyad/core/json/article.schema.json";
  /** Output lines carry the whole cleaned text, which for a huge page exceeds Jackson's default 20 MB string limit. */
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build())
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .setSerializationInclusion(JsonInclude.Include.ALWAYS);

  private ArticleJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One output line, without the line break. */
  public static String line(AnalyzedArticle article) {
    try {
      return MAPPER.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write article " + article.id(), e);
    }
  }

  /** Reads one output line back. */
  public static AnalyzedArticle parse(String line) {
    try {
      return MAPPER.readValue(line, AnalyzedArticle.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("not an article line", e);
    }
  }
}
