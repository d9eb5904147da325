package org.dyad.core.testing;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dyad.core.json.ArticleJson;

/** Validates output lines against the published JSON Schema; shared by every module's tests. */
public final class ArticleSchema {
  private static final JsonSchema SCHEMA = load();

  private ArticleSchema() {}

  /** The validation messages for one line; empty when it is valid. */
  public static List<String> errors(String line) {
    try {
      return SCHEMA.validate(ArticleJson.mapper().readTree(line)).stream().map(ValidationMessage::getMessage).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema load() {
    try (InputStream in = ArticleJson.class.getResourceAsStream(ArticleJson.SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
