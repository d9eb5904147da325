package org.dyad.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI 3 description of the API, kept beside the routes; a test checks the two agree. */
final class OpenApi {
  private static final String RESOURCE = "/org/dyad/web/openapi.json";
  private static volatile String document;

  private OpenApi() {
  }

  static String document() {
    if (document == null) {
      try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the build");
        }
        document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return document;
  }
}
