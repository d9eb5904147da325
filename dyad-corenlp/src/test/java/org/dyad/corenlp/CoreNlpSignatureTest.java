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
    CoreNlpConfig d = CoreNlpConfig.DEFAULT;
    assertEquals(base, CoreNlpAnnotator.signature(new CoreNlpConfig(d.parse(), d.fineGrainedNer(), d.sutime(), d.nerModels())));
    assertNotEquals(base, CoreNlpAnnotator.signature(d.withParse(CoreNlpConfig.Parse.NONE)));
    assertNotEquals(base, CoreNlpAnnotator.signature(d.withParse(CoreNlpConfig.Parse.ALL)));
    assertNotEquals(base, CoreNlpAnnotator.signature(new CoreNlpConfig(d.parse(), true, d.sutime(), d.nerModels())));
    assertNotEquals(base, CoreNlpAnnotator.signature(d.withSutime(CoreNlpConfig.Sutime.NONE)));
    assertNotEquals(base, CoreNlpAnnotator.signature(d.withSutime(CoreNlpConfig.Sutime.ALL)));
    assertNotEquals(base, CoreNlpAnnotator.signature(d.withNerModels("")));
  }
}
