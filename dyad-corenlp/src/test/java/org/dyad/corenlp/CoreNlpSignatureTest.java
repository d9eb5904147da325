package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The annotation cache's key for the annotator; builds no pipeline and loads no model. */
class CoreNlpSignatureTest {
  @Test
  void namesCoreNlpsVersionAndTheConversion() {
    String s = CoreNlpAnnotator.signature(CoreNlpConfig.DEFAULT);
    assertTrue(s.startsWith("CoreNLP 4.") && s.endsWith("conversion " + AnnotationConverter.VERSION), s);
  }

  @Test
  void everySettingChangesIt() {
    String base = CoreNlpAnnotator.signature(CoreNlpConfig.DEFAULT);
    assertEquals(base, CoreNlpAnnotator.signature(new CoreNlpConfig(true, false, true)));
    assertNotEquals(base, CoreNlpAnnotator.signature(new CoreNlpConfig(false, false, true)));
    assertNotEquals(base, CoreNlpAnnotator.signature(new CoreNlpConfig(true, true, true)));
    assertNotEquals(base, CoreNlpAnnotator.signature(new CoreNlpConfig(true, false, false)));
    assertNotEquals(base, CoreNlpAnnotator.signature(CoreNlpConfig.DEFAULT.withNerModels(CoreNlpConfig.THREE_CLASS_NER)));
  }
}
