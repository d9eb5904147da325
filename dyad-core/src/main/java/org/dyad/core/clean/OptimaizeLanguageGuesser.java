package org.dyad.core.clean;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Language guesses from the optimaize n-gram profiles (built once; thread-safe after that). */
public final class OptimaizeLanguageGuesser implements LanguageGuesser {
  private static final int MIN_CHARS = 40;
  private static final int SAMPLE_CHARS = 4000;
  private final LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  public OptimaizeLanguageGuesser() {
    try {
      detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(new LanguageProfileReader().readAllBuiltIn())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load language profiles", e);
    }
  }

  @Override
  public String guess(String text) {
    if (text.length() < MIN_CHARS) {
      return null;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    LdLocale lang;
    synchronized (detector) {
      lang = detector.detect(texts.forText(sample)).orNull();
    }
    return lang == null ? null : lang.getLanguage();
  }
}
